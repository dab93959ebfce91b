/**
 * Drift: every difference between the spec and the live tables, field by field, as "live X, spec
 * Y". The live side is what someone changed outside ddb-migrate (or an apply that never ran). Pure:
 * it reads a plan's changes, where `from` is the live side and `to` the spec side.
 */
import type { SettingChange, SettingChangeKind, TableChange } from '../model/change.js';
import {
  globalIndexLabel,
  keyLabel,
  localIndexLabel,
  settingLabel,
  tagValueLabel,
  type TableSetting,
} from '../model/labels.js';
import { describeInterrupted, type InterruptedReplacement, type Plan, type TablePlan } from '../model/plan.js';
import { isOwnWords, settingDeltas, type OwnWordsKind } from '../model/setting-deltas.js';
import type { TableShape } from '../model/table-shape.js';

/** One field that differs: what the endpoint reports vs. what the spec says. */
export interface DriftFinding {
  readonly field: string;
  readonly live: string;
  readonly spec: string;
  /** e.g. `billing: live PAY_PER_REQUEST, spec PROVISIONED (read 5, write 5) (changed outside ddb-migrate?)` */
  readonly message: string;
}

export interface TableDrift {
  readonly table: string;
  readonly findings: readonly DriftFinding[];
  readonly unsupported: readonly string[];
}

/**
 * Every word drift adds to the labels, in one place: the value of a side that lacks the field, and
 * the guess at its cause that ends each message.
 */
export const DRIFT_WORDS = {
  absent: 'absent',
  /** A table in tables/ the endpoint does not have: its spec side. */
  declared: 'declared in tables/',
  /** A live table no spec declares: its live side. */
  present: 'present',
  /** A replacement reason the field comparison does not cover: its spec side. */
  seePlan: 'see plan',
  guess: {
    /** The field is in the spec, not live. */
    missingLive: 'deleted outside ddb-migrate, or never applied?',
    /**
     * The field is live, not in the spec: as likely removed from tables/ (an index ddb-migrate created,
     * then deleted from the file) as added by hand, so this only says where it is.
     */
    missingSpec: 'in the live table, not in the spec',
    /** Both have it, with different values. */
    differs: 'changed outside ddb-migrate?',
  },
} as const;

const ABSENT = DRIFT_WORDS.absent;

function guessOf(live: string, spec: string): string {
  if (live === ABSENT) return DRIFT_WORDS.guess.missingLive;
  return spec === ABSENT ? DRIFT_WORDS.guess.missingSpec : DRIFT_WORDS.guess.differs;
}

function finding(field: string, live: string, spec: string): DriftFinding {
  return { field, live, spec, message: `${field}: live ${live}, spec ${spec} (${guessOf(live, spec)})` };
}

const setting = <F extends TableSetting>(f: F, live: TableShape[F], spec: TableShape[F]): DriftFinding =>
  finding(f, settingLabel(f, live), settingLabel(f, spec));
const quoted = (v: string | undefined) => (v === undefined ? ABSENT : tagValueLabel(v));

type SettingOf<K extends SettingChangeKind> = Extract<SettingChange, { kind: K }>;

/** The kinds drift words itself (see model/setting-deltas.ts); every other kind is its field delta. */
const OWN_FINDINGS: { readonly [K in OwnWordsKind]: (c: SettingOf<K>) => DriftFinding[] } = {
  AddGlobalIndex: (c) => [finding(`globalIndexes.${c.index.name}`, ABSENT, globalIndexLabel(c.index))],
  DropGlobalIndex: (c) => [finding(`globalIndexes.${c.index.name}`, globalIndexLabel(c.index), ABSENT)],
  ReplaceGlobalIndex: (c) => [finding(`globalIndexes.${c.to.name}`, globalIndexLabel(c.from), globalIndexLabel(c.to))],
  ModifyTags: (c) =>
    [...new Set([...Object.keys(c.from), ...Object.keys(c.to)])]
      .sort()
      .filter((k) => c.from[k] !== c.to[k])
      .map((k) => finding(`tags.${k}`, quoted(c.from[k]), quoted(c.to[k]))),
};

function settingFindings(c: SettingChange): DriftFinding[] {
  if (isOwnWords(c)) return (OWN_FINDINGS[c.kind] as (c: SettingChange) => DriftFinding[])(c);
  return settingDeltas(c).map((d) => finding(d.field, d.from, d.to));
}

/** What can only change by replacing the table: keys and LSIs, field by field. */
function structuralFindings(live: TableShape, spec: TableShape): DriftFinding[] {
  const out: DriftFinding[] = [];
  if (keyLabel(live.partitionKey) !== keyLabel(spec.partitionKey)) out.push(setting('partitionKey', live.partitionKey, spec.partitionKey));
  if (keyLabel(live.sortKey) !== keyLabel(spec.sortKey)) out.push(setting('sortKey', live.sortKey, spec.sortKey));
  const names = [...new Set([...live.localIndexes, ...spec.localIndexes].map((i) => i.name))].sort();
  for (const name of names) {
    const l = live.localIndexes.find((i) => i.name === name);
    const s = spec.localIndexes.find((i) => i.name === name);
    const ll = l ? localIndexLabel(l) : ABSENT;
    const sl = s ? localIndexLabel(s) : ABSENT;
    if (ll !== sl) out.push(finding(`localIndexes.${name}`, ll, sl));
  }
  return out;
}

type TableOf<K extends TableChange['kind']> = Extract<TableChange, { kind: K }>;

const TABLE_FINDINGS: { readonly [K in TableChange['kind']]: (c: TableOf<K>) => DriftFinding[] } = {
  CreateTable: () => [finding('table', ABSENT, DRIFT_WORDS.declared)],
  DropTable: () => [finding('table', DRIFT_WORDS.present, ABSENT)],
  ReplaceTable: (c) => {
    const fields = structuralFindings(c.live, c.desired);
    // A reason the field comparison does not cover is still reported, in the planner's words.
    return fields.length > 0 ? fields : c.reasons.map((r) => finding('table', r, DRIFT_WORDS.seePlan));
  },
  ModifyTable: (c) => c.changes.flatMap(settingFindings),
};

/** The findings of one table's change (empty when it matches). */
export function driftFindings(change: TableChange): DriftFinding[] {
  return (TABLE_FINDINGS[change.kind] as (c: TableChange) => DriftFinding[])(change);
}

/** An interrupted data-preserving replacement: the live table may be missing items (they are in the temporary table). */
function interruptedFinding(r: InterruptedReplacement): DriftFinding {
  const live = `interrupted replacement (last finished phase: ${r.lastPhase ?? 'none'}; items may be only in ${r.tempTable})`;
  return { field: 'replacement', live, spec: 'finished', message: `replacement: ${describeInterrupted(r)}` };
}

/** Per planned table, its findings; an interrupted replacement is one too. */
export function driftOf(plan: Plan): TableDrift[] {
  const interrupted = new Map((plan.interrupted ?? []).map((r) => [r.table, r]));
  const drift = plan.tables.map((t: TablePlan) => {
    const r = interrupted.get(t.table);
    interrupted.delete(t.table);
    return { table: t.table, findings: [...(r ? [interruptedFinding(r)] : []), ...driftFindings(t.change)], unsupported: t.unsupported };
  });
  // One not among the planned tables (--table named others) is still reported: apply will finish it.
  return [...drift, ...[...interrupted.values()].map((r) => ({ table: r.table, findings: [interruptedFinding(r)], unsupported: [] }))];
}
