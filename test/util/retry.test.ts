import { expect } from 'chai';
import { isTransient } from '../../src/util/retry.js';

describe('util: which errors are retried', () => {
  it('PITR right after CreateTable ("backups are being enabled") is retried, not fatal', () => {
    expect(isTransient(Object.assign(new Error('Backups are being enabled for the table'), { name: 'ContinuousBackupsUnavailableException' }))).to.equal(true);
    expect(isTransient(Object.assign(new Error('x'), { name: 'ValidationException' }))).to.equal(false);
  });
});
