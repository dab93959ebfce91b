import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { exampleFile } from '../support/inputs.js';

/**
 * Issue 11 item 14: `read: 1e12` validated, then failed at CreateTable. DynamoDB's only hard bound
 * on a capacity is a whole number from 1 (the schema refuses anything else); above the default
 * quota of 40,000 is a warning (the quota can be raised). plan and apply now print it, as validate
 * does, on stderr: the plan on stdout still parses as JSON.
 */
describe('plan and apply print the warnings of the table files @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();
  const huge = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PROVISIONED, read: 1e12, write: 5 }\n`;

  it('plan: SPEC_CAPACITY_QUOTA with file:line on stderr, in text and in JSON (which still parses)', async () => {
    const name = uniqueName('huge');
    const p = env.project({ [`tables/${name}.yaml`]: huge(name) });
    const text = await runCli(['plan', '--dir', p.dir, ...env.target()]);
    expect(text.code, text.err).to.equal(0);
    expect(text.err).to.match(new RegExp(`tables/${name}\\.yaml:3:\\d+: warning SPEC_CAPACITY_QUOTA \\(billing\\.read\\): 1,000,000,000,000 units is above DynamoDB's default quota of 40,000`));
    expect(text.out).to.not.include('warning');
    const json = await runCli(['plan', '--dir', p.dir, ...env.target(), '--format', 'json']);
    expect(json.code, json.err).to.equal(0);
    expect(() => JSON.parse(json.out)).to.not.throw();
    expect(json.err).to.include('warning SPEC_CAPACITY_QUOTA');
    const quiet = await runCli(['plan', '--dir', p.dir, ...env.target(), '--quiet']);
    expect(quiet.err).to.not.include('SPEC_CAPACITY_QUOTA');
  });

  it('apply: the warning comes before the plan runs; DynamoDB Local then refuses the table at its default quota', async () => {
    const name = uniqueName('huge');
    const p = env.project({ [`tables/${name}.yaml`]: huge(name) });
    const r = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(r.err).to.match(new RegExp(`tables/${name}\\.yaml:3:\\d+: warning SPEC_CAPACITY_QUOTA`));
    expect(r.err.indexOf('warning SPEC_CAPACITY_QUOTA')).to.be.below(r.err.indexOf('EXEC_STEP_FAILED'));
    expect(r.err).to.include('Cannot increase provisioned throughput to more than 40,000 units per table');
    expect(r.code).to.equal(1);
    expect(r.err.match(/warning SPEC_CAPACITY_QUOTA/g)).to.have.length(1);
  });

  it('the example table has no warning: plan and apply print none', async () => {
    const name = uniqueName('cruddur-messages');
    const example = readFileSync(exampleFile('tables/cruddur-messages.yaml'), 'utf8').replace(/^table: cruddur-messages$/m, `table: ${name}`);
    const p = env.project({ [`tables/${name}.yaml`]: example });
    const plan = await runCli(['plan', '--dir', p.dir, ...env.target()]);
    expect(plan.code, plan.err).to.equal(0);
    const apply = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(apply.code, apply.err).to.equal(0);
    for (const r of [plan, apply]) expect(r.err).to.not.match(/: warning [A-Z_]+/);
  });
});
