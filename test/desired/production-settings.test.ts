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

describe('desired: per-GSI on-demand maximums', () => {
  const od = (billing: string, index: string, ...more: string[]) =>
    file(billing, 'globalSecondaryIndexes:', '  - name: by-g', '    partitionKey: { name: g, type: S }', ...(index ? [`    ${index}`] : []), ...more);

  it("each maximum an index leaves out is the table's; its own is kept", () => {
    const limits = (text: string) => shapeOf(text).globalIndexes[0]?.onDemand;
    expect(limits(od('billing: { mode: PAY_PER_REQUEST, maxRead: 500, maxWrite: 200 }', ''))).to.deep.equal({ maxRead: 500, maxWrite: 200 });
    expect(limits(od('billing: { mode: PAY_PER_REQUEST, maxRead: 500, maxWrite: 200 }', 'maxRead: 100'))).to.deep.equal({ maxRead: 100, maxWrite: 200 });
    expect(limits(od('billing: { mode: PAY_PER_REQUEST }', 'maxWrite: 50'))).to.deep.equal({ maxRead: null, maxWrite: 50 });
    expect(codes(od('billing: { mode: PAY_PER_REQUEST }', 'maxRead: 100'))).to.deep.equal([]);
  });

  it('refuses them on a PROVISIONED table and a non-positive one; warns above the default quota', () => {
    expect(codes(od('billing: { mode: PROVISIONED, read: 5, write: 5 }', 'maxRead: 100'))).to.deep.equal(['SPEC_BILLING_CAPACITY']);
    expect(codes(od('billing: { mode: PAY_PER_REQUEST }', 'maxRead: 0'))).to.have.length(1);
    expect(codes(od('billing: { mode: PAY_PER_REQUEST }', 'maxRead: 50000'))).to.deep.equal(['SPEC_CAPACITY_QUOTA (warning)']);
  });

  it('an override switching to PROVISIONED drops the inherited index maximums (and back: the inherited capacity)', () => {
    const text = od('billing: { mode: PAY_PER_REQUEST }', 'maxRead: 100', 'environments:', '  prod:', '    billing: { mode: PROVISIONED, read: 5, write: 5 }');
    expect(checked(text, new Set(['prod'])).problems).to.deep.equal([]);
    expect(shapeOf(text, 'prod').globalIndexes[0]).to.include({ onDemand: null }).and.have.deep.property('capacity', { read: 5, write: 5 });
  });
});

describe('desired: contributor insights', () => {
  const withIndex = (table: string, index: string) =>
    file(...(table ? [`contributorInsights: ${table}`] : []), 'globalSecondaryIndexes:', '  - name: by-g', '    partitionKey: { name: g, type: S }', ...(index ? [`    contributorInsights: ${index}`] : []));

  it('left out and false are off; true is ACCESSED_AND_THROTTLED_KEYS; a mode is kept, per index too', () => {
    expect(shapeOf(withIndex('', '')).contributorInsights).to.deep.equal({ table: null, indexes: {} });
    expect(shapeOf(withIndex('false', 'false')).contributorInsights).to.deep.equal({ table: null, indexes: {} });
    expect(shapeOf(withIndex('true', 'THROTTLED_KEYS')).contributorInsights).to.deep.equal({ table: 'ACCESSED_AND_THROTTLED_KEYS', indexes: { 'by-g': 'THROTTLED_KEYS' } });
    expect(codes(withIndex('THROTTLED_KEYS', 'ACCESSED_AND_THROTTLED_KEYS'))).to.deep.equal([]);
  });

  it('refuses a mode the API does not have', () => {
    expect(codes(withIndex('ALL_KEYS', ''))).to.deep.equal(['SPEC_ENUM']);
    expect(codes(withIndex('', 'yes'))).to.deep.equal(['SPEC_ENUM']);
  });
});

describe('desired: resource-based policy', () => {
  it('an inline document is canonical JSON: key order and layout do not matter; left out is none', () => {
    const a = shapeOf(file('resourcePolicy: { Version: "2012-10-17", Statement: [{ Effect: Allow, Action: "dynamodb:GetItem", Principal: "*", Resource: "*" }] }')).resourcePolicy;
    const b = shapeOf(file('resourcePolicy:', '  Statement:', '    - Resource: "*"', '      Principal: "*"', '      Action: dynamodb:GetItem', '      Effect: Allow', '  Version: "2012-10-17"')).resourcePolicy;
    expect(a).to.equal('{"Statement":[{"Action":"dynamodb:GetItem","Effect":"Allow","Principal":"*","Resource":"*"}],"Version":"2012-10-17"}');
    expect(b).to.equal(a);
    expect(shapeOf(file()).resourcePolicy).to.equal(null);
  });

  it('refuses a value that is neither a document nor a path', () => {
    expect(codes(file('resourcePolicy: 12'))).to.have.length(1);
    expect(codes(file('resourcePolicy: ""'))).to.have.length(1);
  });
});

describe('desired: Kinesis streaming destination', () => {
  const S = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';
  it('the precision defaults to MILLISECOND; left out is none', () => {
    expect(shapeOf(file(`kinesisDestination: { streamArn: ${S} }`)).kinesisDestination).to.deep.equal({ streamArn: S, precision: 'MILLISECOND' });
    expect(shapeOf(file(`kinesisDestination: { streamArn: ${S}, precision: MICROSECOND }`)).kinesisDestination).to.deep.equal({ streamArn: S, precision: 'MICROSECOND' });
    expect(shapeOf(file()).kinesisDestination).to.equal(null);
  });

  it('refuses an ARN that is not a Kinesis stream, an unknown precision and an unknown field', () => {
    expect(codes(file('kinesisDestination: { streamArn: arn:aws:sqs:us-east-1:123456789012:q }'))).to.have.length(1);
    expect(codes(file(`kinesisDestination: { streamArn: ${S}, precision: SECOND }`))).to.deep.equal(['SPEC_ENUM']);
    expect(codes(file(`kinesisDestination: { streamArn: ${S}, stream: x }`))).to.have.length(1);
  });
});

describe('desired: messages of a value in the wrong form', () => {
  const messageOf = (text: string) => checked(text).problems.map((p) => `${p.message} | ${p.hint ?? ''}`);

  it('an ARN, key or URL in the wrong form says so, with the form as hint (not "characters that are not allowed")', () => {
    expect(messageOf(file('kinesisDestination: { streamArn: not-an-arn }'))).to.deep.equal([
      `kinesisDestination.streamArn is not in the expected form; got "not-an-arn" | The Kinesis data stream's ARN: arn:aws:kinesis:<region>:<account id>:stream/<stream name>.`,
    ]);
  });

  it('a name with a character outside its class still says the characters are not allowed', () => {
    const [message] = messageOf(file('tags: { "a{b": x }'));
    expect(message).to.match(/^key 'a\{b' contains characters that are not allowed/);
  });
});
