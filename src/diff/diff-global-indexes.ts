/** GSIs are matched by name: added, dropped, rebuilt (keys / projection) or re-throughput'd. */
import type { SettingChange } from '../model/change.js';
import type { GlobalIndexShape } from '../model/table-shape.js';
import { same } from './equal.js';
import { GLOBAL_INDEX_REPLACEMENT_RULES, replacementReasons } from './replacement-rules.js';

/** Setting changes for the GSIs: drops and rebuilds first, then throughput, then adds (sorted by name within each). */
export function diffGlobalIndexes(
  desired: readonly GlobalIndexShape[],
  live: readonly GlobalIndexShape[],
): SettingChange[] {
  const liveByName = new Map(live.map((i) => [i.name, i]));
  const desiredNames = new Set(desired.map((i) => i.name));
  const drops: SettingChange[] = live
    .filter((i) => !desiredNames.has(i.name))
    .map((index) => ({ kind: 'DropGlobalIndex', index }));
  const replaces: SettingChange[] = [];
  const throughputs: SettingChange[] = [];
  const adds: SettingChange[] = [];
  for (const index of desired) {
    const old = liveByName.get(index.name);
    if (!old) {
      adds.push({ kind: 'AddGlobalIndex', index });
      continue;
    }
    const reasons = replacementReasons(GLOBAL_INDEX_REPLACEMENT_RULES, index, old);
    if (reasons.length > 0) {
      replaces.push({ kind: 'ReplaceGlobalIndex', from: old, to: index, reasons });
    } else if (!same(index.capacity, old.capacity) || !same(index.onDemand, old.onDemand)) {
      throughputs.push({
        kind: 'ModifyGlobalIndexThroughput',
        index: index.name,
        from: { capacity: old.capacity, onDemand: old.onDemand },
        to: { capacity: index.capacity, onDemand: index.onDemand },
      });
    }
  }
  return [...drops, ...replaces, ...throughputs, ...adds];
}
