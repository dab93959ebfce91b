/** How a key and a projection are named in reasons, plans and mismatches: one wording everywhere. */
import type { KeyAttribute, Projection } from './table-shape.js';

export function keyLabel(k: KeyAttribute | null): string {
  return k ? `${k.name} (${k.type})` : 'none';
}

export function projectionLabel(p: Projection): string {
  return p.type === 'INCLUDE' ? `INCLUDE [${p.attributes.join(', ')}]` : p.type;
}
