/** Every declared table, plus the live tables no spec declares (dropped only with `--prune`). */
import type { TableChange } from '../model/change.js';
import type { LiveTable, TableShape } from '../model/table-shape.js';
import { diffTable } from './diff-table.js';
import { byName, compareCodeUnits } from '../model/order.js';

export interface DiffAllOptions {
  /** Drop live tables that no spec declares (destructive; `--prune`). */
  readonly prune: boolean;
  /** Every table name at the endpoint (only needed with `prune`). */
  readonly liveTableNames: readonly string[];
}

/**
 * Changes in a stable order: declared tables by name, then drops by name. A live table that is not
 * declared is left untouched unless `prune` is set; a name without a live description is skipped
 * (nothing to drop).
 */
export function diffAll(
  desired: readonly TableShape[],
  live: ReadonlyMap<string, LiveTable>,
  opts: DiffAllOptions,
): TableChange[] {
  const sorted = [...desired].sort(byName);
  const changes: TableChange[] = sorted.map((shape) => diffTable(shape, live.get(shape.name)));
  if (!opts.prune) return changes;
  const declared = new Set(desired.map((t) => t.name));
  const extra = [...new Set(opts.liveTableNames)].filter((n) => !declared.has(n)).sort(compareCodeUnits);
  for (const name of extra) {
    const table = live.get(name);
    if (table) changes.push({ kind: 'DropTable', table: name, live: table.shape });
  }
  return changes;
}
