/** The plan as a pull-request comment: a summary table, then per changed table its steps and notes. */
import type { Plan, TablePlan } from '../model/plan.js';
import { describeStep } from './describe-step.js';
import { closingLine, IMPACT_LABEL, IMPACT_SYMBOL, WAIT_LABEL } from './labels.js';
import { renderText } from './render-text.js';

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

function tableSection(t: TablePlan): string[] {
  const lines = ['', `#### \`${IMPACT_SYMBOL[t.impact]}\` \`${t.table}\` — ${IMPACT_LABEL[t.impact]}`, ''];
  if (t.steps.length === 0) lines.push('No steps (see the diagnostics).');
  t.steps.forEach((step, i) => {
    const wait = WAIT_LABEL[step.wait];
    lines.push(`${i + 1}. ${describeStep(step)}${wait ? ` — _${wait}_` : ''}`);
    lines.push(...step.notes.map((n) => `   - ${n}`));
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
export function renderMarkdown(plan: Plan): string {
  const destructive = plan.tables.flatMap((t) => t.diagnostics.filter((d) => d.destructive));
  const lines = ['### ddb-migrate plan', '', `**${closingLine(plan.summary)}**`];
  if (destructive.length > 0) {
    lines.push(
      '',
      `> ⚠️ ${destructive.length} destructive change(s): \`apply\` refuses them without \`--allow-destructive\`.`,
    );
  }
  if (plan.tables.length > 0) lines.push('', ...summaryTable(plan));
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
