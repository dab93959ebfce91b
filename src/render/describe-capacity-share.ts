/**
 * The line that says what `--max-capacity-percent` paces, once per table and piece of data work:
 * `messages (data migrations): pacing writes to 50% of 100 WCU (provisioned) = 50 WCU/s, reads to
 * 50% of 10 RCU (provisioned) = 5 RCU/s`.
 */
import { unitNames, type TableShare } from '../model/capacity-share.js';

export type DataWorkLabel = 'fixtures' | 'migrations' | 'copy';

const WORK: Readonly<Record<DataWorkLabel, string>> = { fixtures: 'fixtures', migrations: 'data migrations', copy: '--preserve-data copy' };

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function describeCapacityShare(work: DataWorkLabel, s: TableShare): string {
  const units = unitNames(s.capacity.kind);
  const part = (verb: string, of: number | null, rate: number | null, unit: string) =>
    rate === null || of === null ? [] : [`${verb} to ${num(s.percent)}% of ${num(of)} ${unit}${s.capacity.kind === 'provisioned' ? '' : '/s'} (${s.capacity.kind}) = ${num(rate)} ${unit}/s`];
  const parts = [...part('writes', s.capacity.writeUnits, s.writeRate, units.write), ...part('reads', s.capacity.readUnits, s.readRate, units.read)];
  const head = `${s.table} (${WORK[work]})`;
  if (parts.length > 0) return `${head}: pacing ${parts.join(', ')}`;
  return s.capacity.kind === 'on-demand'
    ? `${head}: not paced: on demand without a maximum throughput, there is no capacity to take ${num(s.percent)}% of`
    : `${head}: not paced (no capacity to take ${num(s.percent)}% of)`;
}
