/** Spec side of global tables (issue 15.2): `replicas:` forms, defaults and the checks a schema cannot make. */
import { expect } from 'chai';
import { checkTableFile } from '../../src/desired/check-table-file.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import type { TableSpecDoc } from '../../src/desired/spec-doc.js';

const file = (...lines: string[]) => ['table: orders', 'partitionKey: { name: pk, type: S }', 'stream: NEW_AND_OLD_IMAGES', ...lines, ''].join('\n');
const checked = (text: string) => checkTableFile('tables/orders.yaml', text, null);
const shapeOf = (text: string) => normaliseSpec(checked(text).spec as TableSpecDoc, null);
const codes = (text: string) => checked(text).problems.map((p) => p.code);

describe('desired: replicas', () => {
  it('a bare Region is a replica with the table settings; sorted by Region; PITR, deletion protection and tags default to the table', () => {
    const s = shapeOf(file('pointInTimeRecovery: true', 'tags: { team: a }', 'replicas: [eu-west-1, ap-south-1]'));
    expect(s.replicas.map((r) => r.region)).to.deep.equal(['ap-south-1', 'eu-west-1']);
    expect(s.replicas[0]).to.deep.equal({ region: 'ap-south-1', kmsKey: null, tableClass: null, read: null, maxRead: null, indexes: {}, pointInTimeRecovery: true, deletionProtection: false, tags: { team: 'a' } });
    expect(shapeOf(file()).replicas).to.deep.equal([]);
  });

  it('a replica entry carries its own class, read override, GSI overrides and regional settings', () => {
    const text = file(
      'globalSecondaryIndexes: [{ name: by-user, partitionKey: { name: u, type: S } }]',
      'replicas:',
      '  - { region: eu-west-1, tableClass: STANDARD_INFREQUENT_ACCESS, maxRead: 500, pointInTimeRecovery: true, deletionProtection: true, tags: { x: "1" }, globalSecondaryIndexes: [{ name: by-user, maxRead: 20 }] }',
    );
    expect(codes(text)).to.deep.equal([]);
    expect(shapeOf(text).replicas[0]).to.deep.equal({
      region: 'eu-west-1',
      kmsKey: null,
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
      read: null,
      maxRead: 500,
      indexes: { 'by-user': { read: null, maxRead: 20 } },
      pointInTimeRecovery: true,
      deletionProtection: true,
      tags: { x: '1' },
    });
  });

  it("the table's own class stated on a replica is the same as leaving it out (one canonical form)", () => {
    expect(shapeOf(file('replicas: [{ region: eu-west-1, tableClass: STANDARD }]')).replicas[0]?.tableClass).to.equal(null);
  });

  it('refuses replicas without a NEW_AND_OLD_IMAGES stream, a Region twice, an unknown GSI, the wrong throughput side, a KMS key without KMS', () => {
    expect(codes(['table: orders', 'partitionKey: { name: pk, type: S }', 'replicas: [eu-west-1]', ''].join('\n'))).to.deep.equal(['SPEC_REPLICA_STREAM']);
    expect(codes(file('replicas: [eu-west-1, { region: eu-west-1, maxRead: 5 }]'))).to.include('SPEC_REPLICA_DUPLICATE');
    expect(codes(file('replicas: [{ region: eu-west-1, globalSecondaryIndexes: [{ name: nope, maxRead: 5 }] }]'))).to.deep.equal(['SPEC_REPLICA_INDEX']);
    expect(codes(file('replicas: [{ region: eu-west-1, read: 5 }]'))).to.deep.equal(['SPEC_BILLING_CAPACITY']);
    expect(codes(file('replicas: [{ region: eu-west-1, kmsKey: alias/orders }]'))).to.deep.equal(['SPEC_SSE_KEY']);
    expect(codes(file('replicas: [Europe]'))).to.have.length(1);
  });
});
