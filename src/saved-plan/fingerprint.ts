/**
 * Hashes that tie a saved plan to what it was computed from: the spec checksum (desired shapes) and
 * the live fingerprint (live shapes + what the endpoint does not support, per planned table). Pure:
 * sha256 over canonical JSON, so key order and read order never change a hash.
 */
import { createHash } from 'node:crypto';
import type { Feature, LiveTable, TableShape } from '../model/table-shape.js';
import { canonicalJson } from './canonical-json.js';
import { byName } from '../model/order.js';

/** What of a live table the fingerprint covers; `null` when the table does not exist. */
export type LiveFacts = { readonly shape: TableShape; readonly unsupported: readonly Feature[] } | null;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** sha256 of the desired shapes, sorted by table name. */
export function specChecksum(desired: readonly TableShape[]): string {
  const sorted = [...desired].sort(byName);
  return sha256(canonicalJson(sorted));
}

/** The facts of each table in `names` (absent tables as null), keyed by name. */
export function liveFacts(names: readonly string[], live: ReadonlyMap<string, LiveTable>): Record<string, LiveFacts> {
  const facts: Record<string, LiveFacts> = {};
  for (const name of names) {
    const t = live.get(name);
    // Sorted so a reader that reports features in another order does not look like a change.
    facts[name] = t ? { shape: t.shape, unsupported: [...t.unsupported].sort() } : null;
  }
  return facts;
}

/** sha256 of one table's facts: lets a stale plan say which tables changed. */
export function tableFingerprints(facts: Readonly<Record<string, LiveFacts>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(facts).sort()) out[name] = sha256(canonicalJson(facts[name] ?? null));
  return out;
}

/** sha256 of every planned table's facts together. */
export function liveFingerprint(facts: Readonly<Record<string, LiveFacts>>): string {
  return sha256(canonicalJson(facts));
}

/** Tables whose fingerprint differs between `saved` and `now` (either side missing counts as changed). */
export function changedTables(saved: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  const names = [...new Set([...Object.keys(saved), ...Object.keys(now)])].sort();
  return names.filter((n) => saved[n] !== now[n]);
}
