/** DynamoDB's limits as DynamoDB counts them (issue 11.14) and closest-value hints (11.11). */
import { expect } from 'chai';
import type { Problem } from '../../src/model/errors.js';
import { checkTableFile } from '../../src/desired/check-table-file.js';

const check = (yaml: string): readonly Problem[] => checkTableFile('tables/t-1.yaml', `table: t-1\n${yaml}`, null).problems;
const brief = (ps: readonly Problem[]) => ps.map((p) => [p.code, p.severity ?? 'error', p.field]);

describe('limits as DynamoDB counts them', () => {
  describe('attribute names: at most 255 bytes of UTF-8', () => {
    it('255 × é (510 bytes) is refused; 255 ASCII and 127 × é (254 bytes) are fine', () => {
      expect(brief(check(`partitionKey: { name: ${'é'.repeat(255)}, type: S }\n`))).to.deep.equal([['SPEC_ATTRIBUTE_NAME', 'error', 'partitionKey.name']]);
      expect(check(`partitionKey: { name: ${'é'.repeat(255)}, type: S }\n`)[0]?.message).to.contain('510 bytes');
      expect(check(`partitionKey: { name: ${'a'.repeat(255)}, type: S }\n`)).to.deep.equal([]);
      expect(check(`partitionKey: { name: ${'é'.repeat(127)}, type: S }\n`)).to.deep.equal([]);
    });

    it('index keys, included attributes and the TTL attribute too', () => {
      const long = '😀'.repeat(64); // 64 characters, 256 bytes
      const yaml =
        'partitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: S }\n' +
        `globalSecondaryIndexes:\n  - { name: g-1, partitionKey: { name: ${long}, type: S }, projection: { include: [ok, ${long}] } }\n` +
        `localSecondaryIndexes:\n  - { name: l-1, sortKey: { name: ${long}, type: S } }\n` +
        `ttl: { attribute: ${long} }\n`;
      expect(brief(check(yaml))).to.deep.equal([
        ['SPEC_ATTRIBUTE_NAME', 'error', 'globalSecondaryIndexes[0].partitionKey.name'],
        ['SPEC_ATTRIBUTE_NAME', 'error', 'globalSecondaryIndexes[0].projection.include[1]'],
        ['SPEC_ATTRIBUTE_NAME', 'error', 'localSecondaryIndexes[0].sortKey.name'],
        ['SPEC_TTL_NAME', 'error', 'ttl.attribute'],
      ]);
    });
  });

  describe('capacities', () => {
    const provisioned = (read: string) => `partitionKey: { name: pk, type: S }\nbilling: { mode: PROVISIONED, read: ${read}, write: 5 }\n`;

    it('1e309, .inf and .nan are "not a finite number", not "got null"', () => {
      for (const v of ['1e309', '.inf', '-.inf', '.nan']) {
        const ps = check(provisioned(v));
        expect(brief(ps), v).to.deep.equal([['SPEC_CAPACITY', 'error', 'billing.read']]);
        expect(ps[0]?.message, v).to.contain('not a finite number').and.not.contain('null');
      }
    });

    it('an integer beyond 2^53 is refused, not rounded silently', () => {
      const ps = check(provisioned('9007199254740993'));
      expect(brief(ps)).to.deep.equal([['SPEC_CAPACITY', 'error', 'billing.read']]);
      expect(ps[0]?.message).to.contain('2^53');
      expect(check(provisioned('9007199254740991')).map((p) => p.code)).to.deep.equal(['SPEC_CAPACITY_QUOTA']);
    });

    it('above the default quota of 40,000 per table and per GSI: a warning naming the quota (it is adjustable)', () => {
      expect(check(provisioned('40000'))).to.deep.equal([]);
      const ps = check(
        'partitionKey: { name: pk, type: S }\nbilling: { mode: PROVISIONED, read: 1e12, write: 5 }\n' +
          'globalSecondaryIndexes:\n  - { name: g-1, partitionKey: { name: g, type: S }, read: 5, write: 40001 }\n',
      );
      expect(brief(ps)).to.deep.equal([
        ['SPEC_CAPACITY_QUOTA', 'warning', 'billing.read'],
        ['SPEC_CAPACITY_QUOTA', 'warning', 'globalSecondaryIndexes[0].write'],
      ]);
      expect(ps[0]?.message).to.contain('1,000,000,000,000 units').and.contain('40,000');
      expect(brief(check('partitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST, maxWrite: 50000 }\n'))).to.deep.equal([['SPEC_CAPACITY_QUOTA', 'warning', 'billing.maxWrite']]);
    });

    it('a provisioned table and its GSIs together above the default account-level quota of 80,000: a warning', () => {
      const gsi = (n: number, read?: number) => `  - { name: g-${n}, partitionKey: { name: g, type: S }${read === undefined ? '' : `, read: ${read}, write: 5`} }\n`;
      const table = (gsis: string) => `partitionKey: { name: pk, type: S }\nbilling: { mode: PROVISIONED, read: 40000, write: 5 }\nglobalSecondaryIndexes:\n${gsis}`;
      // 40,000 + 40,000: at the quota, not above it.
      expect(check(table(gsi(1, 40000)))).to.deep.equal([]);
      // An index without read takes the table's: 40,000 × 3.
      const ps = check(table(gsi(1) + gsi(2)));
      expect(brief(ps)).to.deep.equal([['SPEC_CAPACITY_QUOTA', 'warning', 'billing.read']]);
      expect(ps[0]?.message).to.contain('120,000 read units').and.contain('80,000');
      // On-demand tables have no account-level quota.
      expect(check('partitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST, maxRead: 40000 }\nglobalSecondaryIndexes:\n' + gsi(1) + gsi(2))).to.deep.equal([]);
    });
  });
});

describe('closest-value hints', () => {
  it("projection: KEY_ONLY gets \"Did you mean 'KEYS_ONLY'?\"", () => {
    const ps = check('partitionKey: { name: pk, type: S }\nglobalSecondaryIndexes:\n  - { name: g-1, partitionKey: { name: g, type: S }, projection: KEY_ONLY }\n');
    expect(brief(ps)).to.deep.equal([['SPEC_TYPE', 'error', 'globalSecondaryIndexes[0].projection']]);
    expect(ps[0]?.hint).to.match(/^Did you mean 'KEYS_ONLY'\? Expected: /);
  });
});
