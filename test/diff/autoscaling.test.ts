/** The autoscaling diff (issue 15.1): the range is compared, the units inside it never are. */
import { expect } from 'chai';
import { diffTable } from '../../src/diff/diff-table.js';
import { compareShapes } from '../../src/exec/compare-shapes.js';
import type { SettingChange } from '../../src/model/change.js';
import type { Autoscaling, TableShape } from '../../src/model/table-shape.js';
import { gsi, live, provisioned, table } from '../support/builders.js';

const R = { min: 5, max: 100, targetUtilization: 70 };
const readScaled: Autoscaling = { table: { read: R, write: null }, indexes: {} };
const at = (read: number, autoscaling: Autoscaling, extra: Partial<TableShape> = {}) => table({ billing: provisioned(read, 5), autoscaling, ...extra });
const changes = (spec: TableShape, l: TableShape, unsupported: Parameters<typeof live>[1] = {}) => {
  const c = diffTable(spec, live(l, unsupported));
  return c.kind === 'ModifyTable' ? (c.changes as readonly SettingChange[]) : [];
};

describe('diff: autoscaling', () => {
  it('units anywhere inside the declared range are no change (the spec says min, live says 99)', () => {
    expect(changes(at(5, readScaled), at(99, readScaled))).to.deep.equal([]);
    expect(changes(at(5, readScaled), at(5, readScaled))).to.deep.equal([]);
  });

  it('units outside the range are a ModifyAutoscaling with `outside`, never a throughput change', () => {
    expect(changes(at(5, readScaled), at(101, readScaled))).to.deep.equal([{ kind: 'ModifyAutoscaling', index: null, dimension: 'read', from: R, to: R, outside: 101 }]);
  });

  it('a range added, moved and removed', () => {
    const off: Autoscaling = { table: { read: null, write: null }, indexes: {} };
    expect(changes(at(5, readScaled), at(5, off))).to.deep.equal([{ kind: 'ModifyAutoscaling', index: null, dimension: 'read', from: null, to: R, outside: null }]);
    const wider = { ...R, max: 200 };
    expect(changes(at(5, { table: { read: wider, write: null }, indexes: {} }), at(150, readScaled))).to.deep.equal([
      { kind: 'ModifyAutoscaling', index: null, dimension: 'read', from: R, to: wider, outside: null },
    ]);
    expect(changes(at(40, off), at(40, readScaled))).to.deep.equal([{ kind: 'ModifyAutoscaling', index: null, dimension: 'read', from: R, to: null, outside: null }]);
  });

  it('a GSI rebuilt by the plan registers its range anew (the old target is deregistered)', () => {
    const spec = at(5, { table: { read: null, write: null }, indexes: { 'by-user': { read: R, write: null } } }, { globalIndexes: [gsi('by-user', { projection: { type: 'KEYS_ONLY' } })] });
    const l = at(5, { table: { read: null, write: null }, indexes: { 'by-user': { read: R, write: null } } }, { globalIndexes: [gsi('by-user')] });
    const scaling = changes(spec, l).filter((c) => c.kind === 'ModifyAutoscaling');
    expect(scaling).to.deep.equal([{ kind: 'ModifyAutoscaling', index: 'by-user', dimension: 'read', from: R, to: R, outside: null }]);
  });

  it('an endpoint without Application Auto Scaling never shows one, even with the units outside', () => {
    const off: Autoscaling = { table: { read: null, write: null }, indexes: {} };
    expect(changes(at(5, readScaled), at(300, off), { unsupported: ['autoscaling'] })).to.deep.equal([]);
  });

  it('verification: units inside the range match, outside they do not', () => {
    expect(compareShapes(at(5, readScaled), at(60, readScaled))).to.deep.equal([]);
    expect(compareShapes(at(5, readScaled), at(300, readScaled)).map((m) => m.field)).to.deep.equal(['billing']);
  });
});
