/** The plan as a reviewer reads it in a terminal: Terraform-like symbols, old → new, ordered steps. */
import pc from 'picocolors';
import type { Impact } from '../model/change.js';
import { stepNotes } from '../model/feature-use.js';
import { describeInterrupted, type Diagnostic, type PendingMigration, type Plan, type TablePlan } from '../model/plan.js';
import { describeChange, type ChangeLine, type LineSymbol } from './describe-change.js';
import { describeStep } from './describe-step.js';
import { describeEstimate } from './describe-estimate.js';
import { describeInFlight } from '../model/in-flight.js';
import { closingLine, IMPACT_LABEL, IMPACT_SYMBOL, serviceTag, WAIT_LABEL } from './plan-words.js';

type Colors = ReturnType<typeof pc.createColors>;
type Paint = (s: string) => string;

function symbolPaint(c: Colors): Readonly<Record<LineSymbol, Paint>> {
  return { '+': c.green, '-': c.red, '~': c.yellow, '-/+': c.magenta };
}

function impactPaint(c: Colors): Readonly<Record<Impact, Paint>> {
  return { create: c.green, update: c.yellow, replace: c.magenta, destroy: c.red, 'no-op': (s) => s };
}

function changeLine(l: ChangeLine, c: Colors): string {
  return `    ${symbolPaint(c)[l.symbol](l.symbol.padStart(3))} ${l.text}`;
}

function diagnosticLines(d: Diagnostic, c: Colors): string[] {
  const head = d.destructive
    ? `      ${c.red('!')} ${c.bold(c.red(d.code))} (destructive): ${d.message}`
    : `      ${c.cyan('i')} ${c.cyan(d.code)}: ${d.message}`;
  return d.hint ? [head, `        hint: ${d.hint}`] : [head];
}

function tableLines(t: TablePlan, c: Colors): string[] {
  const paint = impactPaint(c)[t.impact];
  const lines = [`${paint(IMPACT_SYMBOL[t.impact].padStart(3))} ${c.bold(t.table)}  ${c.dim(`(${IMPACT_LABEL[t.impact]})`)}`];
  lines.push(...describeChange(t.change).map((l) => changeLine(l, c)));
  if (t.impact !== 'no-op') {
    lines.push('', '    Steps:');
    if (t.steps.length === 0) lines.push('      none (see the diagnostics)');
    t.steps.forEach((step, i) => {
      const wait = WAIT_LABEL[step.wait];
      lines.push(`      ${i + 1}. ${serviceTag(step)}${describeStep(step)}${wait ? c.dim(`  [${wait}]`) : ''}`);
      lines.push(...stepNotes(step, t.unsupported).map((n) => `         ${c.dim(`note: ${n}`)}`));
    });
  }
  const estimates = t.estimates ?? [];
  if (estimates.length > 0) {
    lines.push('', '    Estimates:', ...estimates.map((e) => `      ${c.cyan('~')} ${describeEstimate(e)}`));
  }
  if (t.diagnostics.length > 0) {
    lines.push('', '    Diagnostics:', ...t.diagnostics.flatMap((d) => diagnosticLines(d, c)));
  }
  if (t.unsupported.length > 0) {
    lines.push(`    ${c.dim(`not supported by this endpoint: ${t.unsupported.join(', ')}`)}`);
  }
  return lines;
}

/** The "Data migrations" section: one line per pending migration, in the order apply runs them. */
function migrationLines(migrations: readonly PendingMigration[], c: Colors): string[] {
  const lines = [c.bold('Data migrations:')];
  for (const m of migrations) {
    const details = [`${m.phase} the schema steps`, ...(m.tables.length > 0 ? [`tables: ${m.tables.join(', ')}`] : []), ...(m.status === 'resuming' ? ['resuming from its checkpoint'] : [])];
    lines.push(`  ${c.cyan('>')} ${c.bold(m.id)}  ${c.dim(`(${details.join('; ')})`)}`);
    if (m.description) lines.push(`      ${m.description}`);
  }
  lines.push('', `${migrations.length} data migration(s) to run.`);
  return lines;
}

export interface TextOptions {
  readonly color: boolean;
  /**
   * The run already has `--allow-destructive` (apply, drop): the destructive count says the steps
   * will run, not that they need the flag.
   */
  readonly destructiveAllowed?: boolean;
}

/**
 * Plain text when `color` is false (golden-tested); ANSI colour otherwise. Ends with the closing
 * line `Plan: N to create, N to update, N to replace, N to destroy.` or `No changes. N tables up to date.`
 */
export function renderText(plan: Plan, opts: TextOptions): string {
  const c = pc.createColors(opts.color);
  const blocks = plan.tables.map((t) => tableLines(t, c).join('\n'));
  const destructive = plan.tables.flatMap((t) => t.diagnostics.filter((d) => d.destructive));
  const out: string[] = [];
  if (blocks.length > 0) out.push(blocks.join('\n\n'), '');
  // Only when there are some, so plans of projects without migrations read exactly as before.
  if (plan.migrations && plan.migrations.length > 0) out.push(...migrationLines(plan.migrations, c));
  const interrupted = plan.interrupted ?? [];
  if (interrupted.length > 0) {
    out.push(c.bold('Interrupted replacements (finished first by apply):'), ...interrupted.map((r) => `  ${c.yellow('!')} ${describeInterrupted(r)}`), '');
  }
  const inFlight = plan.inFlight ?? [];
  if (inFlight.length > 0) {
    out.push(c.bold('In flight (left running by an earlier apply; apply waits for them and verifies them):'), ...inFlight.map((op) => `  ${c.cyan('>')} ${describeInFlight(op)}`), '');
  }
  if (destructive.length > 0) {
    const codes = [...new Set(destructive.map((d) => d.code))].join(', ');
    out.push(
      c.red(
        opts.destructiveAllowed
          ? `${destructive.length} destructive change(s), allowed by --allow-destructive: ${codes}. They will run.`
          : `${destructive.length} destructive change(s) need --allow-destructive: ${codes}.`,
      ),
    );
  }
  out.push(c.bold(interrupted.length > 0 && noTableChanges(plan) ? `Pending: ${interrupted.length} interrupted replacement(s) to finish; no other changes.` : closingLine(plan.summary)));
  return `${out.join('\n')}\n`;
}

function noTableChanges(plan: Plan): boolean {
  const s = plan.summary;
  return s.create + s.update + s.replace + s.destroy === 0;
}
