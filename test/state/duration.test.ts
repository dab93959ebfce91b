import { expect } from 'chai';
import { formatDuration, parseDuration } from '../../src/state/duration.js';
import { DdbMigrateError } from '../../src/model/errors.js';

describe('state: durations', () => {
  it('parses seconds, units and combinations', () => {
    expect(parseDuration('30')).to.equal(30_000);
    expect(parseDuration('1.5')).to.equal(1_500);
    expect(parseDuration('500ms')).to.equal(500);
    expect(parseDuration('10m')).to.equal(600_000);
    expect(parseDuration('1h')).to.equal(3_600_000);
    expect(parseDuration('1m30s')).to.equal(90_000);
  });

  it('rejects anything else with CLI_BAD_DURATION naming the flag', () => {
    for (const bad of ['', 'ten', '10x', '5m junk', '-1']) {
      expect(() => parseDuration(bad), bad).to.throw(DdbMigrateError, /CLI_BAD_DURATION: --lock-timeout/);
    }
  });

  it('formats at most two units', () => {
    expect(formatDuration(800)).to.equal('800ms');
    expect(formatDuration(45_000)).to.equal('45s');
    expect(formatDuration(270_000)).to.equal('4m 30s');
    expect(formatDuration(600_000)).to.equal('10m');
    expect(formatDuration(7_500_000)).to.equal('2h 5m');
    expect(formatDuration(-5)).to.equal('0ms');
  });
});
