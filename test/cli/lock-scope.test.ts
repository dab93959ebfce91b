/** Issue 10.6: plan says which lock an apply takes, and that another control table is not serialised with it. */
import { expect } from 'chai';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

describe('cli: plan states what the apply lock covers @engine', function () {
  this.timeout(60_000);
  const e = useEngineProjects();

  it('text (on stderr) and markdown name the control table and say runs using another one are not serialised', async () => {
    const name = uniqueName('lockscope');
    const ctl = uniqueName('team-b-state');
    const p = e.project({ 'ddb-migrate.yaml': `controlTable: ${ctl}\n`, [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\n` });
    const target = ['--dir', p.dir, ...e.target()];
    const note = `lock: control table ${ctl} on ${e.endpoint}; runs using another control table are not serialised with this one.`;
    const text = await runCli(['plan', ...target]);
    expect(text.err).to.contain(note);
    expect(text.out).to.not.contain('lock:');
    expect((await runCli(['plan', ...target, '--format', 'markdown'])).out).to.contain(`_${note}_`);
    const json = await runCli(['plan', ...target, '--format', 'json']);
    expect(() => JSON.parse(json.out) as unknown).to.not.throw();
  });
});
