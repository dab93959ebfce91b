/**
 * Resource-based policies are compared as JSON documents, not as text: both sides are written in
 * one canonical form (object keys sorted, no whitespace; arrays keep their order, as IAM reads
 * them). Pure.
 */

/** The canonical text of a policy document (a parsed JSON value). */
export function canonicalPolicy(doc: unknown): string {
  return JSON.stringify(sortKeys(doc));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]));
}

/** Plan / drift words: `none`, or the statement count and a short digest of the canonical text. */
export function policyLabel(p: string | null): string {
  if (p === null) return 'none';
  let statements = 0;
  try {
    const s = (JSON.parse(p) as { Statement?: unknown }).Statement;
    statements = Array.isArray(s) ? s.length : s === undefined ? 0 : 1;
  } catch {
    statements = 0;
  }
  return `policy with ${statements} statement${statements === 1 ? '' : 's'} (digest ${digest(p)})`;
}

/** FNV-1a over the UTF-16 code units, 8 hex digits: enough to tell two policies apart in a plan. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
