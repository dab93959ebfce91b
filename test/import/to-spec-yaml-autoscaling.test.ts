/** Import of autoscaled tables (issue 15.3): the ranges are written, and the file plans as no change. */
import { expect } from 'chai';
import { shapeToSpecYaml } from '../../src/import/to-spec-yaml.js';
import { checkTableFile } from '../../src/desired/check-table-file.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import type { TableSpecDoc } from '../../src/desired/spec-doc.js';
import { diffTable } from '../../src/diff/diff-table.js';
import type { Autoscaling, TableShape } from '../../src/model/table-shape.js';
import { gsi, live, provisioned, table } from '../support/builders.js';

function readBack(yaml: string): TableShape {
  const checked = checkTableFile('tables/messages.yaml', yaml, null);
  expect(checked.problems.map((p) => `${p.code}: ${p.message}`)).to.deep.equal([]);
  return normaliseSpec(checked.spec as TableSpecDoc, null);
}

const scaled = (autoscaling: Autoscaling) =>
  table({
    billing: provisioned(42, 10),
    globalIndexes: [gsi('by-group', { capacity: { read: 17, write: 10 } }), gsi('by-user', { capacity: { read: 3, write: 4 } })],
    autoscaling,
  });

describe('import: autoscaling ranges', () => {
  it('writes the table range in billing, inherited by an index with the same range, and an index of its own', () => {
    const shape = scaled({
      table: { read: { min: 5, max: 100, targetUtilization: 70 }, write: null },
      indexes: { 'by-group': { read: { min: 5, max: 100, targetUtilization: 70 }, write: null }, 'by-user': { read: { min: 2, max: 20, targetUtilization: 50 }, write: null } },
    });
    const yaml = shapeToSpecYaml(shape, []);
    expect(yaml).to.include('billing: { mode: PROVISIONED, read: { min: 5, max: 100 }, write: 10 }');
    expect(yaml).to.include('read: { min: 2, max: 20, targetUtilization: 50 }');
    // by-group has the table's range and write: nothing of its own is written.
    expect(yaml).not.to.match(/name: by-group\n(?:    .*\n)*    read:/);
    const back = readBack(yaml);
    expect(back.autoscaling).to.deep.equal(shape.autoscaling);
    const change = diffTable(back, live(shape));
    expect(change.kind === 'ModifyTable' ? change.changes : change).to.deep.equal([]);
  });

  it('a target without a target tracking policy is written without targetUtilization (the policy is then planned)', () => {
    const shape = scaled({ table: { read: null, write: { min: 10, max: 10, targetUtilization: null } }, indexes: {} });
    const yaml = shapeToSpecYaml(shape, []);
    expect(yaml).to.include('write: { min: 10, max: 10 }');
    const change = diffTable(readBack(yaml), live(shape));
    expect(change.kind === 'ModifyTable' ? change.changes.map((c) => c.kind) : change.kind).to.deep.equal(['ModifyAutoscaling']);
  });

  it('on an endpoint without Application Auto Scaling, writes the current units and says so', () => {
    const yaml = shapeToSpecYaml(scaled({ table: { read: null, write: null }, indexes: {} }), ['autoscaling']);
    expect(yaml).to.include('billing: { mode: PROVISIONED, read: 42, write: 10 }');
    expect(yaml).to.include('Not imported: autoscaling ranges (read / write are the current units)');
  });
});
