import { expect } from 'chai';
import { DdbMigrateError, formatProblem } from '../../src/model/errors.js';

describe('model: DdbMigrateError', () => {
  it('is recognised by instanceof even when thrown by another copy of the module', () => {
    // A copy of the module has its own class but the same registered brand symbol.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('ddb-migrate.DdbMigrateError')]: true, problems: [], exitCode: 3 });
    expect(foreign instanceof DdbMigrateError).to.equal(true);
    expect(new Error('plain') instanceof DdbMigrateError).to.equal(false);
    expect(new DdbMigrateError({ code: 'C', message: 'm' }) instanceof DdbMigrateError).to.equal(true);
  });

  it('formats a problem as where: error CODE (field): message, with the hint indented', () => {
    const text = formatProblem({ code: 'SPEC_X', message: 'bad', location: { file: 'tables/a.yaml', line: 3, col: 5 }, field: 'billing.read', hint: 'fix it' });
    expect(text).to.equal('tables/a.yaml:3:5: error SPEC_X (billing.read): bad\n  hint: fix it');
  });
});
