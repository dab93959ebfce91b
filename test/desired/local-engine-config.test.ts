import { expect } from 'chai';
import { checkConfig } from '../../src/desired/config-file.js';
import { TempProject } from '../support/cli.js';

describe('spec: localEngine in ddb-migrate.yaml', () => {
  it('takes an idle timeout as a duration, and refuses anything else with its line', async () => {
    const ok = new TempProject({ 'ddb-migrate.yaml': 'localEngine: { idleTimeout: 90s }\n' });
    const bad = new TempProject({ 'ddb-migrate.yaml': 'localEngine:\n  idleTimeout: half an hour\n' });
    try {
      const good = await checkConfig(ok.dir);
      expect(good.problems).to.deep.equal([]);
      expect(good.config.localEngine).to.deep.equal({ idleTimeout: '90s' });
      const refused = await checkConfig(bad.dir);
      expect(refused.problems).to.have.length(1);
      expect(refused.problems[0]?.location?.line).to.equal(2);
    } finally {
      ok.remove();
      bad.remove();
    }
  });
});
