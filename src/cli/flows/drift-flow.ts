/**
 * `drift`: a read-only plan for scheduled CI checks. Every difference between tables/ and the live
 * tables is reported field by field as "live X, spec Y": changed outside ddb-migrate, an apply that
 * never ran, or (live only) something removed from the spec. Exit 2 on any difference, 0 when none.
 * Never writes, never loads fixtures.
 */
import pc from 'picocolors';
import type { SettingChange, SettingChangeKind, TableChange } from '../../model/change.js';
import { ExitCode } from '../../model/errors.js';
import { describeInterrupted, type InterruptedReplacement, type Plan, type TablePlan } from '../../model/plan.js';
import type { TableShape } from '../../model/table-shape.js';
import { billingLabel, globalIndexLabel, keyLabel, localIndexLabel, onOff, throughputLabel } from '../../render/labels.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession } from '../session.js';
import { computePlan } from './compute-plan.js';
import { targetLabel } from './plan-flow.js';

export const DRIFT_FORMATS = ['text', 'json', 'markdown'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];

export interface DriftArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly format: DriftFormat;
}

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

const ABSENT = 'absent';

/**
 * Something live that the spec lacks is as likely removed from tables/ (an index ddb-migrate created,
 * then deleted from the file) as added by hand, so that case says only where it is.
 */
function finding(field: string, live: string, spec: string): DriftFinding {
  const guess = live === ABSENT ? 'deleted outside ddb-migrate, or never applied?' : spec === ABSENT ? 'in the live table, not in the spec' : 'changed outside ddb-migrate?';
  return { field, live, spec, message: `${field}: live ${live}, spec ${spec} (${guess})` };
}

type SettingOf<K extends SettingChangeKind> = Extract<SettingChange, { kind: K }>;

/** In a change, `from` is the live side and `to` the spec side. Exhaustive over the setting kinds. */
const SETTING_FINDINGS: { readonly [K in SettingChangeKind]: (c: SettingOf<K>) => DriftFinding[] } = {
  AddGlobalIndex: (c) => [finding(`globalIndexes.${c.index.name}`, ABSENT, globalIndexLabel(c.index))],
  DropGlobalIndex: (c) => [finding(`globalIndexes.${c.index.name}`, globalIndexLabel(c.index), ABSENT)],
  ReplaceGlobalIndex: (c) => [finding(`globalIndexes.${c.to.name}`, globalIndexLabel(c.from), globalIndexLabel(c.to))],
  ModifyGlobalIndexThroughput: (c) => [finding(`globalIndexes.${c.index}.throughput`, throughputLabel(c.from), throughputLabel(c.to))],
  ModifyBilling: (c) => [finding('billing', billingLabel(c.from), billingLabel(c.to))],
  ModifyStream: (c) => [finding('stream', onOff(c.from), onOff(c.to))],
  ModifyTtl: (c) => [finding('ttl', onOff(c.from), onOff(c.to))],
  ModifyPointInTimeRecovery: (c) => [finding('pointInTimeRecovery', String(c.from), String(c.to))],
  ModifyDeletionProtection: (c) => [finding('deletionProtection', String(c.from), String(c.to))],
  ModifyTableClass: (c) => [finding('tableClass', c.from, c.to)],
  ModifyTags: (c) =>
    [...new Set([...Object.keys(c.from), ...Object.keys(c.to)])]
      .sort()
      .filter((k) => c.from[k] !== c.to[k])
      .map((k) => finding(`tags.${k}`, quoted(c.from[k]), quoted(c.to[k]))),
};

const quoted = (v: string | undefined) => (v === undefined ? ABSENT : JSON.stringify(v));

function settingFindings(c: SettingChange): DriftFinding[] {
  return (SETTING_FINDINGS[c.kind] as (c: SettingChange) => DriftFinding[])(c);
}

/** What can only change by replacing the table: keys and LSIs, field by field. */
function structuralFindings(live: TableShape, spec: TableShape): DriftFinding[] {
  const out: DriftFinding[] = [];
  if (keyLabel(live.partitionKey) !== keyLabel(spec.partitionKey)) out.push(finding('partitionKey', keyLabel(live.partitionKey), keyLabel(spec.partitionKey)));
  if (keyLabel(live.sortKey) !== keyLabel(spec.sortKey)) out.push(finding('sortKey', keyLabel(live.sortKey), keyLabel(spec.sortKey)));
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

/** The findings of one table's change (empty when it matches). Pure. */
export function driftFindings(change: TableChange): DriftFinding[] {
  switch (change.kind) {
    case 'CreateTable':
      return [finding('table', ABSENT, 'declared in tables/')];
    case 'DropTable':
      return [finding('table', 'present', ABSENT)];
    case 'ReplaceTable': {
      const fields = structuralFindings(change.live, change.desired);
      // A reason the field comparison does not cover is still reported, in the planner's words.
      return fields.length > 0 ? fields : change.reasons.map((r) => finding('table', r, 'see plan'));
    }
    case 'ModifyTable':
      return change.changes.flatMap(settingFindings);
    default: {
      const never: never = change;
      return never;
    }
  }
}

/** An interrupted data-preserving replacement: the live table may be missing items (they are in the temporary table). */
function interruptedFinding(r: InterruptedReplacement): DriftFinding {
  const live = `interrupted replacement (last finished phase: ${r.lastPhase ?? 'none'}; items may be only in ${r.tempTable})`;
  return { field: 'replacement', live, spec: 'finished', message: `replacement: ${describeInterrupted(r)}` };
}

/** Per planned table, its findings; an interrupted replacement is one too. Pure. */
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

function closing(drift: readonly TableDrift[]): string {
  const drifted = drift.filter((t) => t.findings.length > 0).length;
  return drifted === 0
    ? `No drift: ${drift.length} tables match tables/.`
    : `Drift: ${drifted} of ${drift.length} tables differ from tables/. \`ddb-migrate plan\` shows how apply would bring them back.`;
}

export function renderDriftText(drift: readonly TableDrift[], color: boolean): string {
  const c = pc.createColors(color);
  const lines: string[] = [];
  for (const t of drift) {
    if (t.findings.length === 0) {
      lines.push(`  ${c.dim('=')} ${t.table}  ${c.dim('(matches)')}`);
      continue;
    }
    lines.push(`  ${c.yellow('!')} ${c.bold(t.table)}  ${c.dim(`(${t.findings.length} field(s) differ)`)}`);
    lines.push(...t.findings.map((f) => `      ${f.message}`));
  }
  if (lines.length > 0) lines.push('');
  lines.push(c.bold(closing(drift)));
  return `${lines.join('\n')}\n`;
}

export function renderDriftJson(drift: readonly TableDrift[]): string {
  const drifted = drift.filter((t) => t.findings.length > 0).length;
  const doc = {
    formatVersion: '1.0',
    drift: drifted > 0,
    summary: { tables: drift.length, drifted },
    tables: drift.map((t) => ({ table: t.table, drifted: t.findings.length > 0, findings: t.findings, unsupported: t.unsupported })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderDriftMarkdown(drift: readonly TableDrift[], target: string): string {
  const lines = [`### ddb-migrate drift for ${target}`, '', `**${closing(drift)}**`];
  for (const t of drift.filter((d) => d.findings.length > 0)) {
    lines.push('', `#### \`${t.table}\``, '', '| Field | Live | Spec |', '|---|---|---|');
    lines.push(...t.findings.map((f) => `| \`${f.field}\` | ${cell(f.live)} | ${cell(f.spec)} |`));
  }
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export async function runDrift(args: DriftArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    const { plan } = await computePlan(session, { tables: args.table, prune: false });
    const drift = driftOf(plan);
    const render: Readonly<Record<DriftFormat, () => string>> = {
      text: () => renderDriftText(drift, io.color && args.color),
      json: () => renderDriftJson(drift),
      markdown: () => renderDriftMarkdown(drift, targetLabel(session)),
    };
    io.out(render[args.format]());
    return drift.some((t) => t.findings.length > 0) ? ExitCode.ChangesPending : ExitCode.Ok;
  }, args.quiet || args.format !== 'text');
}
