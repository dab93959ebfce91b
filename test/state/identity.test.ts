import { expect } from 'chai';
import { hostname } from 'node:os';
import { callerIdentity, lockOwner } from '../../src/state/identity.js';

describe('state: caller identity', () => {
  it('is user@host, with the profile when there is one', () => {
    expect(callerIdentity({})).to.match(new RegExp(`^[^@ ]+@${hostname().replace(/[.]/g, '\\.')}$`));
    expect(callerIdentity({ AWS_PROFILE: 'prod-admin' })).to.match(/@.+ \(profile prod-admin\)$/);
    expect(callerIdentity({ AWS_PROFILE: 'x' }, 'from-flag')).to.match(/\(profile from-flag\)$/);
  });

  it('keeps only a prefix of the access key id', () => {
    const who = callerIdentity({ AWS_ACCESS_KEY_ID: 'AKIAABCDEFGHIJKLMNOP' });
    expect(who).to.match(/ \(key AKIAABCD…\)$/);
    expect(who).not.to.include('EFGHIJKLMNOP');
  });

  it('the lock owner names the process', () => {
    expect(lockOwner({})).to.match(new RegExp(` pid ${process.pid}$`));
  });
});
