/** A history record builder shared by the history tests. */
import type { HistoryRecord } from '../../src/state/history.js';

/** A record started `minute` minutes past 10:00 that touched `tables`. */
export function historyRecord(minute: number, tables: readonly string[], over: Partial<HistoryRecord> = {}): HistoryRecord {
  const at = (m: number) => new Date(Date.UTC(2026, 10, 20, 10, m, 0)).toISOString();
  return {
    runId: `run-${minute}`,
    startedAt: at(minute),
    finishedAt: at(minute + 1),
    who: 'alice@laptop (profile dev)',
    toolVersion: '0.1.0',
    envName: 'dev',
    endpoint: null,
    planHash: `sha256:${minute}`,
    tables,
    steps: tables.map((t) => ({ table: t, description: `create table ${t}`, status: 'done', ms: 1200 })),
    result: 'success',
    ...over,
  };
}
