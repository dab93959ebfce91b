import { expect } from 'chai';
import { DdbMigrateError } from '../../src/model/errors.js';
import type { TablePlan } from '../../src/model/plan.js';
import type { TableShape } from '../../src/model/table-shape.js';
import { DigestAccumulator } from '../../src/replace/checksum.js';
import { canonicalNumber, convertItem, convertValue } from '../../src/replace/convert.js';
import { describeReplacePhases } from '../../src/replace/describe-phases.js';
import { planPreservingReplace } from '../../src/replace/plan-replace.js';
import { live, lsi, table } from '../support/builders.js';

function replacePlan(from: TableShape, to: TableShape): TablePlan {
  return { table: from.name, impact: 'replace', change: { kind: 'ReplaceTable', table: from.name, live: from, desired: to, reasons: ['key changed'] }, steps: [], diagnostics: [], unsupported: [], target: to };
}

const thrown = (f: () => unknown): DdbMigrateError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DdbMigrateError) return e;
    throw e;
  }
  throw new Error('expected a DdbMigrateError');
};

describe('data-preserving replace: planning and conversion (pure)', () => {
  it('plans the phases in order, with key rules, the temp table and an estimate from the item count', () => {
    const from = table();
    const to = table({ sortKey: { name: 'sk', type: 'N' }, localIndexes: [lsi('byDate')] });
    const p = planPreservingReplace(replacePlan(from, to), { ...live(from), itemCount: 10_000, sizeBytes: 2_097_152 });
    expect(p.phases).to.deep.equal(['check', 'copy-out', 'delete', 'create', 'copy-back', 'verify', 'drop-temp']);
    expect(p.tempTable).to.equal('messages__ddbm_tmp');
    expect(p.temp.globalIndexes).to.deep.equal([]);
    expect(p.temp.billing.mode).to.equal('PAY_PER_REQUEST');
    expect(p.keyRules).to.deep.include({ attribute: 'sk', type: 'N', required: true, role: 'sort key', liveType: 'S' });
    expect(p.keyRules).to.deep.include({ attribute: 'byDate_sk', type: 'S', required: false, role: 'sort key of LSI byDate', liveType: null });
    expect(p.estimate).to.deep.equal({ items: 10_000, bytes: 2_097_152, writes: 20_000, scans: 5, seconds: 70 });
    const lines = describeReplacePhases(p);
    expect(lines[0]).to.equal('replace messages keeping its data (temporary table messages__ddbm_tmp):');
    expect(lines).to.include('  7. drop-temp: delete messages__ddbm_tmp');
    expect(lines).to.include('    sort key sk: S -> N (each value must be a number)');
    expect(lines.at(-1)).to.equal('  estimate: 10,000 items, 2.0 MiB; 20,000 writes, 5 scans; ~70 s at 1,000 items/s');
  });

  it('refuses B <-> N key type changes, deletion-protected tables and non-replacements', () => {
    const from = table({ sortKey: { name: 'sk', type: 'B' } });
    const e = thrown(() => planPreservingReplace(replacePlan(from, table({ sortKey: { name: 'sk', type: 'N' } })), live(from)));
    expect(e.problems[0]?.code).to.equal('REPLACE_UNCONVERTIBLE');
    expect(e.problems[0]?.message).to.contain('sk changes type B -> N');
    const prot = table({ deletionProtection: true });
    const d = thrown(() => planPreservingReplace(replacePlan(prot, table({ sortKey: null })), live(prot)));
    expect(d.problems[0]?.code).to.equal('REPLACE_DELETION_PROTECTED');
    expect(d.problems[0]?.hint).to.contain('deletionProtection: false');
    const mod: TablePlan = { ...replacePlan(from, from), change: { kind: 'ModifyTable', table: 'messages', live: from, desired: from, changes: [] } };
    expect(thrown(() => planPreservingReplace(mod, live(from))).problems[0]?.code).to.equal('REPLACE_NOT_A_REPLACEMENT');
    // B -> S is allowed: it converts item by item when the bytes are text.
    expect(planPreservingReplace(replacePlan(from, table()), live(from)).keyRules[1]).to.include({ attribute: 'sk', liveType: 'B', type: 'S' });
  });

  it('canonical numbers: one spelling per value; DynamoDB limits enforced', () => {
    expect(canonicalNumber('1.50')).to.equal(canonicalNumber('15e-1'));
    expect(canonicalNumber('+0010')).to.equal(canonicalNumber('1e1'));
    expect(canonicalNumber('-0.0')).to.equal('0');
    expect(canonicalNumber('12a')).to.equal(null);
    expect(canonicalNumber(' 1')).to.equal(null);
    expect(canonicalNumber('')).to.equal(null);
    expect(canonicalNumber('1'.repeat(39))).to.equal(null);
    expect(canonicalNumber('1'.repeat(38))).to.not.equal(null);
    expect(canonicalNumber('1e126')).to.equal(null);
  });

  it('converts key values S<->N, S<->B (text only), and says why an item cannot convert', () => {
    expect(convertValue({ S: '42.5' }, 'N')).to.deep.equal({ N: '42.5' });
    expect(convertValue({ S: 'x1' }, 'N')).to.equal('"x1" is not a number');
    expect(convertValue({ N: '7' }, 'S')).to.deep.equal({ S: '7' });
    expect(convertValue({ S: 'hé' }, 'B')).to.deep.equal({ B: new TextEncoder().encode('hé') });
    expect(convertValue({ B: new Uint8Array([0xff, 0xfe]) }, 'S')).to.equal('binary value is not UTF-8 text');
    expect(convertValue({ M: {} }, 'S')).to.equal('a M value cannot become S');
    const rules = [
      { attribute: 'id', type: 'N' as const, required: true, role: 'partition key', liveType: null },
      { attribute: 'g', type: 'S' as const, required: false, role: 'partition key of GSI g', liveType: null },
    ];
    expect(convertItem({ x: { S: '1' } }, rules)).to.deep.equal({ ok: false, reason: 'has no id (partition key of the new table)' });
    const item = { id: { S: '3' }, other: { N: '1' } };
    expect(convertItem(item, rules)).to.deep.equal({ ok: true, item: { id: { N: '3' }, other: { N: '1' } } });
    expect(item.id).to.deep.equal({ S: '3' }, 'the source item is not mutated');
  });

  it('checksum: independent of item and attribute order and number spelling; changes on a lost or doubled item', () => {
    const a = { pk: { S: 'a' }, n: { N: '1.0' }, s: { SS: ['y', 'x'] } };
    const b = { pk: { S: 'b' }, m: { M: { z: { BOOL: true }, a: { NULL: true } } } };
    const digest = (...items: Record<string, import('@aws-sdk/client-dynamodb').AttributeValue>[]) => {
      const acc = new DigestAccumulator();
      for (const i of items) acc.add(i);
      return acc.digest();
    };
    const one = digest(a, b);
    expect(digest({ m: b.m, pk: b.pk }, { s: { SS: ['x', 'y'] }, n: { N: '1' }, pk: { S: 'a' } })).to.deep.equal(one);
    expect(digest(a, b, b).checksum).to.not.equal(one.checksum);
    expect(digest(a).checksum).to.not.equal(one.checksum);
    expect(digest(a, { ...b, m: { M: { z: { BOOL: false }, a: { NULL: true } } } }).checksum).to.not.equal(one.checksum);
  });
});
