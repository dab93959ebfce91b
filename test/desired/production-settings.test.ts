/** Spec side of encryption and the PITR recovery period (issue 14.2, 14.4): forms, defaults, checks. */
import { expect } from 'chai';
import { checkTableFile } from '../../src/desired/check-table-file.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import type { TableSpecDoc } from '../../src/desired/spec-doc.js';

const file = (...lines: string[]) => ['table: orders', 'partitionKey: { name: pk, type: S }', ...lines, ''].join('\n');
const checked = (text: string, envs: ReadonlySet<string> | null = null) => checkTableFile('tables/orders.yaml', text, envs);
const shapeOf = (text: string, env: string | null = null) => normaliseSpec(checked(text).spec as TableSpecDoc, env);
const codes = (text: string) => checked(text).problems.map((p) => `${p.code}${p.severity === 'warning' ? ' (warning)' : ''}`);

describe('desired: server-side encryption', () => {
  it('left out and AWS_OWNED are the AWS owned key; KMS without a key is the AWS managed one', () => {
    expect(shapeOf(file()).sse).to.equal(null);
    expect(shapeOf(file('sse: { type: AWS_OWNED }')).sse).to.equal(null);
    expect(shapeOf(file('sse: { type: KMS }')).sse).to.deep.equal({ type: 'KMS', kmsKey: null });
    expect(shapeOf(file('sse: { type: KMS, kmsKey: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab }')).sse).to.deep.equal({
      type: 'KMS',
      kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    });
    expect(codes(file('sse: { type: KMS, kmsKey: 1234abcd-12ab-34cd-56ef-1234567890ab }'))).to.deep.equal([]);
  });

  it('refuses a key with AWS_OWNED or in no KMS form, and warns that an alias compares the type only', () => {
    expect(codes(file('sse: { type: AWS_OWNED, kmsKey: alias/x }'))).to.deep.equal(['SPEC_SSE_KEY']);
    expect(codes(file('sse: { type: KMS, kmsKey: my-key }'))).to.deep.equal(['SPEC_SSE_KEY']);
    expect(codes(file('sse: { type: KMS, kmsKey: alias/orders }'))).to.deep.equal(['SPEC_SSE_KEY_ALIAS (warning)']);
    expect(codes(file('sse: { type: AES256 }'))).to.have.length(1);
  });

  it('an override with a type replaces the base encryption (AWS_OWNED does not inherit the kmsKey)', () => {
    const text = file('sse: { type: KMS, kmsKey: alias/orders }', 'environments:', '  dev:', '    sse: { type: AWS_OWNED }');
    expect(checked(text, new Set(['dev'])).problems.filter((p) => p.severity !== 'warning')).to.deep.equal([]);
    expect(shapeOf(text, 'dev').sse).to.equal(null);
  });
});

describe('desired: PITR recovery period', () => {
  it('true is PITR with the default 35 days; 35 and the object form without a period are the same', () => {
    for (const form of ['true', '{ enabled: true }', '{ enabled: true, recoveryPeriodDays: 35 }']) {
      const s = shapeOf(file(`pointInTimeRecovery: ${form}`));
      expect([s.pointInTimeRecovery, s.pointInTimeRecoveryDays], form).to.deep.equal([true, null]);
    }
    const seven = shapeOf(file('pointInTimeRecovery: { enabled: true, recoveryPeriodDays: 7 }'));
    expect([seven.pointInTimeRecovery, seven.pointInTimeRecoveryDays]).to.deep.equal([true, 7]);
    expect(shapeOf(file('pointInTimeRecovery: false')).pointInTimeRecoveryDays).to.equal(null);
  });

  it('refuses a period outside 1-35 or on a disabled PITR', () => {
    expect(codes(file('pointInTimeRecovery: { enabled: true, recoveryPeriodDays: 36 }'))).to.deep.equal(['SPEC_PITR_PERIOD']);
    expect(codes(file('pointInTimeRecovery: { enabled: true, recoveryPeriodDays: 0 }'))).to.deep.equal(['SPEC_PITR_PERIOD']);
    expect(codes(file('pointInTimeRecovery: { enabled: false, recoveryPeriodDays: 7 }'))).to.deep.equal(['SPEC_PITR_PERIOD']);
  });
});
