import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { ExecReport } from '../../src/exec/types.js';
import { diffTable } from '../../src/diff/diff-table.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { newRunId, stepsFromReport, stepsNotRun, tablesOf } from '../../src/state/history-steps.js';
import { toolVersion } from '../../src/state/tool-version.js';
import { gsi, live, liveMap, table } from '../support/builders.js';

describe('state: history record parts', () => {
  const before = table({ name: 'messages' });
  const after = table({ name: 'messages', globalIndexes: [gsi('by-group')], stream: 'NEW_IMAGE' });
  const unchanged = table({ name: 'users' });
  const plan = buildPlan([diffTable(after, live(before)), diffTable(unchanged, live(unchanged))], liveMap(live(before), live(unchanged)));

  it('tablesOf lists only the tables the plan changes', () => {
    expect(tablesOf(plan)).to.deep.equal(['messages']);
  });

  it('stepsNotRun and stepsFromReport describe each step with its status', () => {
    const steps = plan.tables.flatMap((t) => t.steps);
    expect(steps.length).to.be.at.least(2);
    expect(stepsNotRun(plan).map((s) => s.status)).to.deep.equal(steps.map(() => 'not-run'));
    const report: ExecReport = {
      ok: false,
      steps: steps.map((step, i) => ({ table: step.table, step, status: i === 0 ? 'done' : 'failed', ms: 10 * i })),
    };
    const recorded = stepsFromReport(report);
    expect(recorded.map((s) => [s.table, s.status, s.ms])).to.deep.equal(steps.map((s, i) => [s.table, i === 0 ? 'done' : 'failed', 10 * i]));
    expect(recorded[0]?.description).to.match(/GSI by-group|stream/);
  });

  it('run ids are unique; the tool version is the package version', () => {
    expect(newRunId()).not.to.equal(newRunId());
    expect(toolVersion()).to.equal((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
