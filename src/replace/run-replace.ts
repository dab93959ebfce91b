/**
 * Runs a data-preserving replacement phase by phase, recording each finished phase in the control
 * table so a killed run resumes at the first unfinished one. Invariants: nothing is deleted before
 * every item is known to convert and the temporary copy is verified; the temporary table is
 * dropped only after the new table is verified; every copy is idempotent puts.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { LiveClient } from '../live/live-client.js';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import { describeTable } from '../live/read-live.js';
import { ensureControlTable } from '../state/control-table.js';
import { DigestAccumulator, sameDigest } from './checksum.js';
import { convertItem, keyString, printableKey, type RawItem } from './convert.js';
import { deleteReplaceRecord, readReplaceRecord, writeReplaceRecord, type ReplaceRecord } from './record.js';
import { DEFAULT_SEGMENTS, forEachSegment } from './scan.js';
import { copyTable, createTable, deleteTable, digestTable, enableTtl, type OpsOptions } from './table-ops.js';
import { REPLACE_PHASES, type ItemDigest, type ReplaceEvent, type ReplacePhase, type ReplacePhasePlan, type ReplaceReport, type UnconvertibleItem } from './types.js';

export interface ReplaceOptions {
  /** The control table holding the progress record (created when missing). */
  readonly controlTable: string;
  readonly onEvent?: (e: ReplaceEvent) => void;
  /** Parallel scan segments (default 4). */
  readonly segments?: number;
  /** Write batches in flight per segment (default 8). */
  readonly concurrency?: number;
  /** Unconvertible items listed in the error at most (default 50; all are counted). */
  readonly maxListed?: number;
  readonly pollIntervalMs?: { readonly initial: number; readonly max: number };
  /** For tests: stop as if killed once this phase is finished and recorded. */
  readonly stopAfter?: ReplacePhase;
}

interface State {
  readonly plan: ReplacePhasePlan;
  source: ItemDigest | null;
  expected: ItemDigest | null;
}

type PhaseRun = (live: LiveClient, s: State, ops: OpsOptions, opts: ReplaceOptions) => Promise<string | undefined>;

function fail(table: string, code: string, message: string, hint: string): never {
  throw new DdbMigrateError({ code, table, message, hint });
}

const describe = (d: ItemDigest | null) => (d ? `${d.count} items, checksum ${d.checksum.slice(0, 12)}` : 'nothing');

/** Scans the source; every item must convert and land on a distinct new key. Writes nothing. */
async function check({ client }: LiveClient, s: State, ops: OpsOptions, opts: ReplaceOptions): Promise<string> {
  const { plan } = s;
  const bad: UnconvertibleItem[] = [];
  let badCount = 0;
  const keys = new Set<string>();
  const parts = await forEachSegment(client, plan.table, ops.segments, async (items) => {
    const source = new DigestAccumulator();
    const converted = new DigestAccumulator();
    for await (const item of items) {
      source.add(item);
      const c = convertItem(item, plan.keyRules);
      let reason = c.ok ? null : c.reason;
      if (c.ok) {
        const key = keyString(plan.desired, c.item);
        if (keys.has(key)) reason = 'would have the same key in the new table as another item';
        keys.add(key);
        converted.add(c.item);
      }
      if (reason !== null) {
        badCount += 1;
        if (bad.length < (opts.maxListed ?? 50)) bad.push({ key: printableKey(plan.live, item), reason });
      }
    }
    return [source, converted] as const;
  });
  if (badCount > 0) {
    const problems: Problem[] = bad.map((b) => ({ code: 'REPLACE_UNCONVERTIBLE', table: plan.table, message: `item ${JSON.stringify(b.key)} ${b.reason}` }));
    const more = badCount > bad.length ? ` (${badCount - bad.length} more not listed)` : '';
    problems.push({
      code: 'REPLACE_UNCONVERTIBLE',
      table: plan.table,
      message: `${badCount} item(s) cannot be copied into the new key schema${more}; nothing was written or deleted`,
      hint: 'Fix or delete those items (or change the table file), then run again.',
    });
    throw new DdbMigrateError(problems);
  }
  const source = new DigestAccumulator();
  const expected = new DigestAccumulator();
  for (const [a, b] of parts) {
    source.merge(a);
    expected.merge(b);
  }
  s.source = source.digest();
  s.expected = expected.digest();
  return `${s.source.count} items convert`;
}

/** Copies the source to a fresh temporary table and proves the copy equals the checked source. */
async function copyOut(live: LiveClient, s: State, ops: OpsOptions): Promise<string> {
  const { plan } = s;
  const client = live.client;
  // Copy-out not finished: the source is intact, so a temporary table left by a killed run is rebuilt.
  await deleteTable(live, plan.temp, ops);
  await createTable(live, plan.temp, ops);
  await copyTable(client, plan.table, plan.temp, (i) => i, ops);
  const copy = await digestTable(client, plan.tempTable, ops);
  if (!s.source || !sameDigest(copy, s.source)) {
    await deleteTable(live, plan.temp, ops);
    fail(plan.table, 'REPLACE_SOURCE_CHANGED', `the copy (${describe(copy)}) differs from the checked source (${describe(s.source)}): the table changed during the replacement; nothing was deleted`, 'Stop every writer to the table and run again; the replacement starts over with the check.');
  }
  return describe(copy);
}

async function copyBack({ client }: LiveClient, s: State, ops: OpsOptions): Promise<string> {
  const { plan } = s;
  const convert = (item: RawItem): RawItem => {
    const c = convertItem(item, plan.keyRules);
    // Every item converted in `check`, and the copy equals the source: this is a bug if it happens.
    if (!c.ok) fail(plan.table, 'REPLACE_UNCONVERTIBLE', `item ${JSON.stringify(printableKey(plan.live, item))} ${c.reason}`, `The items are safe in ${plan.tempTable}; please report this.`);
    return c.item;
  };
  return describe(await copyTable(client, plan.tempTable, plan.desired, convert, ops));
}

async function verify({ client }: LiveClient, s: State, ops: OpsOptions): Promise<string> {
  const { plan } = s;
  const got = await digestTable(client, plan.table, ops);
  if (!s.expected || !sameDigest(got, s.expected)) {
    fail(plan.table, 'REPLACE_VERIFY_FAILED', `the new table holds ${describe(got)}, expected ${describe(s.expected)}; the temporary table ${plan.tempTable} is kept`, 'Stop every writer to the table and run apply again: the copy-back and the check are repeated (puts are idempotent).');
  }
  return describe(got);
}

const PHASES: Readonly<Record<ReplacePhase, PhaseRun>> = {
  check,
  'copy-out': (c, s, o) => copyOut(c, s, o),
  delete: async (c, s, o) => {
    await deleteTable(c, s.plan.live, o);
    return undefined;
  },
  // TTL comes after the verify: an item must not expire between copy-back and the count.
  create: async (c, s, o) => {
    await createTable(c, { ...s.plan.desired, ttl: null }, o);
    return undefined;
  },
  'copy-back': (c, s, o) => copyBack(c, s, o),
  verify: (c, s, o) => verify(c, s, o),
  'drop-temp': async (c, s, o) => {
    await deleteTable(c, s.plan.temp, o);
    if (s.plan.desired.ttl) await enableTtl(c, s.plan.desired, s.plan.desired.ttl, o);
    return undefined;
  },
};

/** Where to start: after the recorded phase, with the recorded plan (it no longer matches the live table). */
async function startState(client: DynamoDBClient, plan: ReplacePhasePlan, opts: ReplaceOptions): Promise<{ state: State; start: number }> {
  const record: ReplaceRecord | null = await readReplaceRecord(client, opts.controlTable, plan.table);
  if (!record) {
    if (await describeTable(client, plan.tempTable)) {
      fail(plan.table, 'REPLACE_TEMP_EXISTS', `table ${plan.tempTable} exists but no replacement of ${plan.table} is recorded`, `Delete or rename ${plan.tempTable} (it is not ours to overwrite), then run again.`);
    }
    return { state: { plan, source: null, expected: null }, start: 0 };
  }
  if (JSON.stringify(record.plan.desired) !== JSON.stringify(plan.desired)) {
    fail(plan.table, 'REPLACE_IN_PROGRESS', `an earlier replacement of ${plan.table} to a different shape stopped after phase ${record.done ?? 'none'}`, 'Finish it first with the table file it started from (its items are safe), then change the file.');
  }
  return { state: { plan: record.plan, source: record.source, expected: record.expected }, start: record.done ? REPLACE_PHASES.indexOf(record.done) + 1 : 0 };
}

/** Runs (or resumes) the replacement; throws DdbMigrateError when a phase fails, with what is safe where. */
export async function runPreservingReplace(live: LiveClient, phasePlan: ReplacePhasePlan, opts: ReplaceOptions): Promise<ReplaceReport> {
  const client = live.client;
  const emit = (e: ReplaceEvent) => {
    try {
      opts.onEvent?.(e);
    } catch {
      // A broken progress printer must not stop a replacement half-way.
    }
  };
  await ensureControlTable(client, opts.controlTable);
  const { state, start } = await startState(client, phasePlan, opts);
  const table = state.plan.table;
  let current: ReplacePhase = 'check';
  const ops: OpsOptions = {
    segments: opts.segments ?? DEFAULT_SEGMENTS,
    concurrency: opts.concurrency ?? 8,
    onItems: (items) => emit({ kind: 'progress', table, phase: current, items }),
    ...(opts.pollIntervalMs ? { pollIntervalMs: opts.pollIntervalMs } : {}),
  };
  const phases: { phase: ReplacePhase; status: 'done' | 'resumed' | 'not-run'; ms: number }[] = state.plan.phases.map((phase) => ({ phase, status: 'not-run', ms: 0 }));
  const report = (completed: boolean): ReplaceReport => ({
    table,
    tempTable: state.plan.tempTable,
    completed,
    resumedAt: start > 0 ? (REPLACE_PHASES[start] ?? null) : null,
    phases,
    source: state.source,
    result: state.expected,
  });
  for (const [i, entry] of phases.entries()) {
    const phase = entry.phase;
    if (i < start) {
      entry.status = 'resumed';
      emit({ kind: 'phase-end', table, phase, status: 'resumed', ms: 0 });
      continue;
    }
    current = phase;
    emit({ kind: 'phase-start', table, phase, position: i + 1, total: phases.length });
    const began = Date.now();
    const note = await PHASES[phase](live, state, ops, opts);
    if (phase === 'drop-temp') await deleteReplaceRecord(client, opts.controlTable, table);
    else await writeReplaceRecord(client, opts.controlTable, { table, plan: state.plan, done: phase, source: state.source, expected: state.expected });
    entry.status = 'done';
    entry.ms = Date.now() - began;
    emit({ kind: 'phase-end', table, phase, status: 'done', ms: entry.ms, ...(note ? { note } : {}) });
    if (opts.stopAfter === phase && i < phases.length - 1) return report(false);
  }
  return report(true);
}

/** Finishes a replacement an earlier run recorded and did not finish; null when none is recorded. */
export async function resumePreservingReplace(live: LiveClient, table: string, opts: ReplaceOptions): Promise<ReplaceReport | null> {
  await ensureControlTable(live.client, opts.controlTable);
  const record = await readReplaceRecord(live.client, opts.controlTable, table);
  return record ? runPreservingReplace(live, record.plan, opts) : null;
}
