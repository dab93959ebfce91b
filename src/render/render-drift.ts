/** The three renderings of drift (text for a terminal, JSON for tools, Markdown for a PR comment). */
import pc from 'picocolors';
import type { TableDrift } from '../diff/drift.js';

function closing(drift: readonly TableDrift[]): string {
  const drifted = drift.filter((t) => t.findings.length > 0).length;
  return drifted === 0
    ? `No drift: ${drift.length} tables match tables/.`
    : `Drift: ${drifted} of ${drift.length} tables differ from tables/. \`ddb-migrate plan\` shows how apply would bring them back.`;
}

/** One line per table, its findings indented under it, then the closing line. */
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

/** The versioned JSON document `drift --format json` prints. */
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

/** A Markdown section per drifted table, with a Field / Live / Spec table. */
export function renderDriftMarkdown(drift: readonly TableDrift[], target: string): string {
  const lines = [`### ddb-migrate drift for ${target}`, '', `**${closing(drift)}**`];
  for (const t of drift.filter((d) => d.findings.length > 0)) {
    lines.push('', `#### \`${t.table}\``, '', '| Field | Live | Spec |', '|---|---|---|');
    lines.push(...t.findings.map((f) => `| \`${f.field}\` | ${cell(f.live)} | ${cell(f.spec)} |`));
  }
  return `${lines.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');
