/** The target policy (pure): which target is local, who may skip prompts, seed or prune. */
import { expect } from 'chai';
import { pruneRefusal, resetRefusal, seedNeedsConfirmation, seedRefusal, targetPolicy, usesLocalEndpoint } from '../../src/model/target-policy.js';
import { redactEndpoint } from '../../src/util/local-endpoint.js';
import { targetFlags } from '../../src/cli/global-options.js';

describe('target policy', () => {
  it('local comes from the endpoint actually used, not from --local / local: true', () => {
    expect(usesLocalEndpoint({ local: true }, null)).to.equal(true);
    expect(usesLocalEndpoint({ local: false }, null)).to.equal(false);
    expect(usesLocalEndpoint({ local: true }, 'http://127.0.0.2:8000')).to.equal(false);
    expect(usesLocalEndpoint({ local: true }, 'http://dynamodb.internal:8000')).to.equal(false);
    expect(usesLocalEndpoint({ local: false }, 'http://localhost:8000')).to.equal(true);
  });

  it('skips confirmation only for a local target on an endpoint on this machine', () => {
    expect(targetPolicy({ local: true }, 'http://localhost:8000')).to.deep.equal({ local: true, skipsConfirmation: true, takesOverDeadLocalLock: true });
    expect(targetPolicy({ local: true }, 'http://127.0.0.2:8000')).to.deep.equal({ local: false, skipsConfirmation: false, takesOverDeadLocalLock: false });
    // A bare localhost URL may be a tunnel: reset needs no --force, but apply/drop still ask.
    expect(targetPolicy({ local: false }, 'http://localhost:8000')).to.deep.equal({ local: true, skipsConfirmation: false, takesOverDeadLocalLock: true });
    expect(targetPolicy({ local: false }, null).local).to.equal(false);
  });

  it('reset off this machine needs --force', () => {
    const remote = targetPolicy({ local: true }, 'http://127.0.0.2:1');
    expect(resetRefusal(remote, 'http://127.0.0.2:1', false)?.problem.code).to.equal('CLI_RESET_NOT_LOCAL');
    expect(resetRefusal(remote, 'http://127.0.0.2:1', true)).to.equal(null);
    expect(resetRefusal(targetPolicy({ local: true }, null), 'x', false)).to.equal(null);
  });

  it('seed is refused (exit 3) in a protected environment or one with fixtures: false, unless --force; confirms off this machine', () => {
    const prod = { envName: 'prod', protected: true, fixturesSetting: false };
    expect(seedRefusal(prod, false)).to.include({ exitCode: 3 });
    expect(seedRefusal(prod, false)?.problem.code).to.equal('CLI_SEED_REFUSED');
    expect(seedRefusal({ envName: 'dev', protected: false, fixturesSetting: false }, false)?.problem.message).to.match(/fixtures: false/);
    expect(seedRefusal(prod, true)).to.equal(null);
    expect(seedRefusal({ envName: null, protected: false, fixturesSetting: null }, false)).to.equal(null);
    expect(seedNeedsConfirmation(targetPolicy({ local: false }, null))).to.equal(true);
    expect(seedNeedsConfirmation(targetPolicy({ local: false }, 'http://127.0.0.1:8000'))).to.equal(false);
  });

  it('prune is refused in a protected environment and with no table declared', () => {
    expect(pruneRefusal({ envName: 'prod', protected: true }, 3)?.problem.code).to.equal('CLI_PRUNE_PROTECTED');
    expect(pruneRefusal({ envName: null, protected: false }, 0)?.problem.code).to.equal('CLI_PRUNE_NOTHING_DECLARED');
    expect(pruneRefusal({ envName: 'dev', protected: false }, 1)).to.equal(null);
  });
});

describe('redactEndpoint', () => {
  it('removes user-info and leaves everything else as written', () => {
    expect(redactEndpoint('http://admin:TopSecretPw@127.0.0.1:8000')).to.equal('http://127.0.0.1:8000');
    expect(redactEndpoint('https://user@dynamodb.eu-west-1.amazonaws.com')).to.equal('https://dynamodb.eu-west-1.amazonaws.com');
    expect(redactEndpoint('http://admin:pw@h:1/')).to.equal('http://h:1/');
    expect(redactEndpoint('http://127.0.0.1:8000')).to.equal('http://127.0.0.1:8000');
    expect(redactEndpoint('not a url://a:b@c')).to.not.match(/a:b/);
  });
});

describe('targetFlags', () => {
  it('gives the target flags to re-type, endpoint redacted, quoted for a shell', () => {
    expect(targetFlags({ local: true })).to.deep.equal(['--local']);
    expect(targetFlags({ dir: 'my proj', env: 'prod' })).to.deep.equal(['--dir', "'my proj'", '--env', 'prod']);
    expect(targetFlags({ endpointUrl: 'http://a:b@h:1', region: 'local' })).to.deep.equal(['--endpoint-url', 'http://h:1', '--region', 'local']);
  });
});
