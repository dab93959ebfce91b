/** `ddb-migrate history` output: a readable table (text) or a versioned JSON document. Pure. */
import { formatDuration } from '../util/duration.js';
import type { HistoryRecord } from '../model/history-record.js';
import { redactEndpoint } from '../util/local-endpoint.js';

export const HISTORY_FORMAT_VERSION = '1.0';

/** One row per run, newest first as given, then a line per run's failed steps or error. */
export function renderHistoryText(records: readonly HistoryRecord[], opts: { readonly controlTable: string }): string {
  if (records.length === 0) return `No applies recorded yet in ${opts.controlTable}.`;
  const header = ['STARTED (UTC)', 'RESULT', 'TOOK', 'WHO', 'TARGET', 'TABLES', 'STEPS', 'RUN'];
  const rows = records.map((r) => [
    r.startedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
    r.command ? `${r.command} ${r.result}` : r.result,
    took(r),
    r.who,
    // Records written before endpoints were redacted may still hold user-info: never print it.
    r.envName ?? (r.endpoint === null ? 'AWS' : redactEndpoint(r.endpoint)),
    r.tables.length > 0 ? r.tables.join(', ') : '-',
    stepCounts(r),
    r.runId.slice(0, 8),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [line(header), ...rows.map(line)];
  const details = records.flatMap((r) => {
    const failed = r.steps.filter((s) => s.status === 'failed');
    const notes = [...(r.error ? [r.error] : []), ...failed.map((s) => `${s.table}: ${s.description} failed`)];
    return notes.map((n) => `  ${r.runId.slice(0, 8)}: ${n}`);
  });
  return [...out, ...(details.length > 0 ? ['', ...details] : [])].join('\n');
}

/** `{ formatVersion, records }`, records as stored (endpoints without user-info). */
export function renderHistoryJson(records: readonly HistoryRecord[]): string {
  // Records written before endpoints were redacted may still hold user-info: never print it.
  const shown = records.map((r) => (r.endpoint === null ? r : { ...r, endpoint: redactEndpoint(r.endpoint) }));
  return JSON.stringify({ formatVersion: HISTORY_FORMAT_VERSION, records: shown }, null, 2);
}

function took(r: HistoryRecord): string {
  const ms = Date.parse(r.finishedAt) - Date.parse(r.startedAt);
  return Number.isFinite(ms) ? formatDuration(ms) : '-';
}

function stepCounts(r: HistoryRecord): string {
  if (r.steps.length === 0) return '0';
  const done = r.steps.filter((s) => s.status === 'done').length;
  const failed = r.steps.filter((s) => s.status === 'failed').length;
  const parts = [`${done}/${r.steps.length + (r.stepsOmitted ?? 0)} done`, ...(failed > 0 ? [`${failed} failed`] : [])];
  return parts.join(', ');
}
