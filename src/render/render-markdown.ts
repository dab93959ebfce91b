/**
 * The plan as a pull-request comment a reviewer can act on: the counts, a summary table (action and
 * destructive codes per table), what will be slow or rate-limited, pending data migrations, each
 * changed table's ordered steps with its diagnostics, and the full text plan folded away.
 */
import { stepNotes } from '../model/feature-use.js';
import { describeInterrupted, type Diagnostic, type PendingMigration, type Plan, type TablePlan } from '../model/plan.js';
import type { Step, StepKind } from '../model/step.js';
import { describeStep } from './describe-step.js';
import { estimateBasis, estimateHeadline } from './describe-estimate.js';
import type { Estimate } from '../model/estimate.js';
import { describeInFlight } from '../model/in-flight.js';
import { closingLine, IMPACT_LABEL, IMPACT_SYMBOL, serviceTag, WAIT_LABEL } from './plan-words.js';
import { renderText } from './render-text.js';

export interface MarkdownOptions {
  /** Which environment was planned, e.g. "`prod` (AWS us-east-1)"; shown in the heading. */
  readonly target?: string;
  /** What the apply lock covers, one sentence (see docs/history-and-lock.md); shown under the heading. */
  readonly lockNote?: string;
}

type Of<K extends StepKind> = Extract<Step, { kind: K }>;

/**
 * Per step kind, why a reviewer should expect it to be slow or limited in how often it may run
 * (docs/dynamodb-rules.md §2, §3, §6); null when it is neither. Exhaustive: a new step kind must say.
 */
const SLOW_NOTE: { readonly [K in StepKind]: (s: Of<K>) => string | null } = {
  CreateGlobalIndex: (s) =>
    `**GSI backfill**: \`${s.index.name}\` is built from every item of the table before it is ACTIVE — minutes even on an empty table, longer on a large one; queries on it fail until then. GSIs are built one at a time.`,
  UpdateThroughput: (s) => {
    if (!s.switchesMode) return null;
    return s.billing.mode === 'PAY_PER_REQUEST'
      ? '**Billing switch**: to on-demand takes several minutes and DynamoDB allows it at most 4 times per rolling 24 h.'
      : '**Billing switch**: to provisioned is allowed any time, but switching back to on-demand is limited to 4 times per rolling 24 h.';
  },
  UpdateTtl: (s) =>
    `**TTL**: DynamoDB allows one TTL change per table per hour (this ${s.enabled ? 'enable' : 'disable'} counts); it can take up to an hour to settle.`,
  UpdateTableClass: () => '**Table class**: at most 2 changes per trailing 30 days; the change runs in the background.',
  UpdateWarmThroughput: () => '**Warm throughput**: increase-only — it can never be lowered again; DynamoDB applies it in the background (UPDATING → ACTIVE).',
  UpdateSse: () => '**Encryption**: the table is UPDATING until DynamoDB reports the new key ENABLED; no other change can be made to it meanwhile.',
  UpdateReplica: (s) =>
    s.action === 'create'
      ? `**Replica**: adding \`${s.replica.region}\` copies every item to that Region — minutes for an empty table, up to hours for a large one; the table's other changes wait until it is ACTIVE.`
      : s.action === 'delete'
        ? `**Replica removed**: the table in \`${s.replica.region}\` and every item in it are deleted.`
        : null,
  CreateTable: () => null,
  DeleteTable: () => null,
  DeleteGlobalIndex: () => null,
  UpdateStream: () => null,
  UpdateDeletionProtection: () => null,
  TagTable: () => null,
  UntagTable: () => null,
  UpdatePointInTimeRecovery: () => null,
  RegisterScalableTarget: () => null,
  PutScalingPolicy: () => null,
  DeregisterScalableTarget: () => null,
  UpdateKinesisDestination: (s) => (s.action === 'disable' ? `**Kinesis destination stopped**: item changes no longer reach ${s.streamArn}.` : null),
  UpdateResourcePolicy: (s) => (s.policy === null ? '**Resource policy removed**: the access it granted to other accounts or services ends.' : null),
  UpdateContributorInsights: (s) => (s.mode === 'ACCESSED_AND_THROTTLED_KEYS' ? '**Contributor insights**: ACCESSED_AND_THROTTLED_KEYS emits CloudWatch metrics for every request (charged per event); THROTTLED_KEYS only for throttled ones.' : null),
};

/** Rate limits that come from a diagnostic rather than a step kind (capacity decreases). */
const SLOW_DIAGNOSTICS: ReadonlySet<Diagnostic['code']> = new Set(['DM105_CAPACITY_DECREASE_LIMIT']);

function slowNote(step: Step): string | null {
  return (SLOW_NOTE[step.kind] as (s: Step) => string | null)(step);
}

function codes(t: TablePlan): string {
  const list = [...new Set(t.diagnostics.filter((d) => d.destructive).map((d) => d.code))];
  return list.length > 0 ? list.map((c) => `\`${c}\``).join(', ') : '—';
}

function summaryTable(plan: Plan): string[] {
  return [
    '| | Table | Action | Steps | Destructive |',
    '|---|---|---|---|---|',
    ...plan.tables.map(
      (t) => `| \`${IMPACT_SYMBOL[t.impact].trim() || '='}\` | \`${t.table}\` | ${IMPACT_LABEL[t.impact]} | ${t.steps.length} | ${codes(t)} |`,
    ),
  ];
}

/** The estimate of a step, when the plan has one (a GSI backfill of a table with items). */
function stepEstimate(t: TablePlan, step: Step): Estimate | undefined {
  if (step.kind === 'UpdateReplica' && step.action === 'create') return t.estimates?.find((e) => e.operation === 'replica-creation' && e.target === step.replica.region);
  return step.kind === 'CreateGlobalIndex' ? t.estimates?.find((e) => e.operation === 'gsi-backfill' && e.target === step.index.name) : undefined;
}

function estimateSuffix(e: Estimate | undefined): string {
  return e ? ` **${escapeCell(estimateHeadline(e))}** (basis: ${escapeCell(estimateBasis(e))}).` : '';
}

function slowSection(plan: Plan): string[] {
  const items = plan.tables.flatMap((t) => [
    ...t.steps.flatMap((step, i) => {
      const note = slowNote(step);
      return note ? [`- \`${t.table}\` step ${i + 1}: ${note}${estimateSuffix(stepEstimate(t, step))}`] : [];
    }),
    ...(t.estimates ?? []).filter((e) => e.operation !== 'gsi-backfill' && e.operation !== 'replica-creation').map((e) => `- \`${t.table}\`:${estimateSuffix(e)}`),
    ...t.diagnostics.filter((d) => SLOW_DIAGNOSTICS.has(d.code)).map((d) => `- \`${t.table}\`: **Capacity decrease** (\`${d.code}\`): ${d.message}`),
  ]);
  if (items.length === 0) return [];
  return ['', '#### ⏱️ Slow or rate-limited operations', '', ...items];
}

function migrationsSection(migrations: readonly PendingMigration[] | undefined): string[] {
  if (!migrations || migrations.length === 0) return [];
  const phase = (m: PendingMigration) => (m.phase === 'before' ? 'before the schema steps' : 'after the schema steps');
  const status = (m: PendingMigration) => (m.status === 'resuming' ? 'resumes from its checkpoint' : 'pending');
  return [
    '',
    '#### Data migrations',
    '',
    `${migrations.length} data migration(s) from \`migrations/\` run once on this environment during apply:`,
    '',
    '| Migration | Runs | Tables | Status | Description |',
    '|---|---|---|---|---|',
    ...migrations.map(
      (m) =>
        `| \`${m.id}\` | ${phase(m)} | ${m.tables.map((t) => `\`${t}\``).join(', ') || '—'} | ${status(m)} | ${escapeCell(m.description ?? '—')} |`,
    ),
  ];
}

/** A table cell must not break the row: pipes escaped, newlines folded. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function tableSection(t: TablePlan): string[] {
  const lines = ['', `#### \`${IMPACT_SYMBOL[t.impact]}\` \`${t.table}\` — ${IMPACT_LABEL[t.impact]}`, ''];
  if (t.steps.length === 0) lines.push('No steps (see the diagnostics).');
  t.steps.forEach((step, i) => {
    const wait = WAIT_LABEL[step.wait];
    lines.push(`${i + 1}. ${serviceTag(step)}${describeStep(step)}${wait ? ` — _${wait}_` : ''}`);
    lines.push(...stepNotes(step, t.unsupported).map((n) => `   - ${n}`));
  });
  if (t.diagnostics.length > 0) {
    lines.push('');
    for (const d of t.diagnostics) {
      const mark = d.destructive ? '⚠️ **destructive**' : 'ℹ️';
      lines.push(`- ${mark} \`${d.code}\`: ${d.message}${d.hint ? ` _Hint: ${d.hint}_` : ''}`);
    }
  }
  if (t.unsupported.length > 0) lines.push('', `_Not supported by this endpoint: ${t.unsupported.join(', ')}._`);
  return lines;
}

/** Markdown for a PR comment; the full text plan sits in a collapsed `<details>` block. */
export function renderMarkdown(plan: Plan, opts: MarkdownOptions = {}): string {
  const destructive = plan.tables.flatMap((t) => t.diagnostics.filter((d) => d.destructive));
  const lines = [`### ddb-migrate plan${opts.target ? ` for ${opts.target}` : ''}`, '', `**${closingLine(plan.summary)}**`];
  if (destructive.length > 0) {
    lines.push(
      '',
      `> ⚠️ ${destructive.length} destructive change(s): \`apply\` refuses them without \`--allow-destructive\`.`,
    );
  }
  if (opts.lockNote) lines.push('', `_${opts.lockNote}_`);
  if (plan.tables.length > 0) lines.push('', ...summaryTable(plan));
  const interrupted = plan.interrupted ?? [];
  if (interrupted.length > 0) lines.push('', '#### ⚠️ Interrupted replacements', '', ...interrupted.map((r) => `- ${escapeCell(describeInterrupted(r))}`));
  const inFlight = plan.inFlight ?? [];
  if (inFlight.length > 0) lines.push('', '#### ⏳ In flight (left running by an earlier apply)', '', ...inFlight.map((op) => `- ${escapeCell(describeInFlight(op))}`));
  lines.push(...slowSection(plan), ...migrationsSection(plan.migrations));
  for (const t of plan.tables) if (t.impact !== 'no-op') lines.push(...tableSection(t));
  lines.push(
    '',
    '<details><summary>Full plan</summary>',
    '',
    '```text',
    renderText(plan, { color: false }).trimEnd(),
    '```',
    '',
    '</details>',
  );
  return `${lines.join('\n')}\n`;
}
