/** Event handlers by kind: a flow's own handlers on top of the shared progress ones. */
import type { AppEvent } from '../../app/index.js';

export type Handlers = { readonly [K in AppEvent['kind']]?: (e: Extract<AppEvent, { kind: K }>) => void };

/** One sink calling, for each event, the handler of its kind in each of `layers` (in order). */
export function dispatch(...layers: readonly Handlers[]): (e: AppEvent) => void {
  return (e) => {
    for (const layer of layers) {
      const handler = layer[e.kind] as ((e: AppEvent) => void) | undefined;
      handler?.(e);
    }
  };
}
