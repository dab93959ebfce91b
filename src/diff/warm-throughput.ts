/**
 * Warm throughput (API_WarmThroughput, DG-WT): increase-only, on the table and on each GSI. A spec
 * that leaves it out does not manage it (the live value is adopted, whatever AWS set by default);
 * a spec value above the live one is an increase; a side below the live one cannot be made and is
 * reported (DM013), never planned. Pure.
 */
import type { SettingChange } from '../model/change.js';
import type { GlobalIndexShape, TableShape, WarmThroughput } from '../model/table-shape.js';

type ModifyWarm = Extract<SettingChange, { kind: 'ModifyWarmThroughput' }>;

/** `desired` with the live warm throughput wherever the spec does not manage it (table and kept GSIs). */
export function adoptUnmanagedWarm(desired: TableShape, live: TableShape): TableShape {
  const liveIndexes = new Map(live.globalIndexes.map((g) => [g.name, g]));
  const adopt = (g: GlobalIndexShape): GlobalIndexShape => {
    const l = liveIndexes.get(g.name);
    return g.warmThroughput === null && l ? { ...g, warmThroughput: l.warmThroughput } : g;
  };
  const needs = desired.warmThroughput === null || desired.globalIndexes.some((g) => g.warmThroughput === null && liveIndexes.has(g.name));
  if (!needs) return desired;
  return { ...desired, warmThroughput: desired.warmThroughput ?? live.warmThroughput, globalIndexes: desired.globalIndexes.map(adopt) };
}

const differs = (a: WarmThroughput | null, b: WarmThroughput | null) => a !== null && b !== null && (a.read !== b.read || a.write !== b.write);

/** One change per table / kept GSI whose warm throughput differs (both sides known). */
export function diffWarmThroughput(desired: TableShape, live: TableShape): ModifyWarm[] {
  const out: ModifyWarm[] = [];
  if (differs(desired.warmThroughput, live.warmThroughput) && desired.warmThroughput && live.warmThroughput) {
    out.push({ kind: 'ModifyWarmThroughput', index: null, from: live.warmThroughput, to: desired.warmThroughput });
  }
  const liveIndexes = new Map(live.globalIndexes.map((g) => [g.name, g]));
  for (const g of desired.globalIndexes) {
    const l = liveIndexes.get(g.name);
    if (l && g.warmThroughput && l.warmThroughput && differs(g.warmThroughput, l.warmThroughput)) {
      out.push({ kind: 'ModifyWarmThroughput', index: g.name, from: l.warmThroughput, to: g.warmThroughput });
    }
  }
  return out;
}

/** The sides a change raises (what UpdateTable may send); empty when it only lowers. */
export function raisedSides(c: Pick<ModifyWarm, 'from' | 'to'>): { read?: number; write?: number } {
  return { ...(c.to.read > c.from.read ? { read: c.to.read } : {}), ...(c.to.write > c.from.write ? { write: c.to.write } : {}) };
}

export const lowers = (c: Pick<ModifyWarm, 'from' | 'to'>): boolean => c.to.read < c.from.read || c.to.write < c.from.write;

const max = (want: WarmThroughput | null, have: WarmThroughput | null): WarmThroughput | null =>
  want && have ? { read: Math.max(want.read, have.read), write: Math.max(want.write, have.write) } : want;

/** What the table reports after the steps: a decrease is not made, so that side keeps the live value. */
export function warmTarget(target: TableShape, live: TableShape): TableShape {
  const liveIndexes = new Map(live.globalIndexes.map((g) => [g.name, g]));
  return {
    ...target,
    warmThroughput: max(target.warmThroughput, live.warmThroughput),
    globalIndexes: target.globalIndexes.map((g) => ({ ...g, warmThroughput: max(g.warmThroughput, liveIndexes.get(g.name)?.warmThroughput ?? null) })),
  };
}
