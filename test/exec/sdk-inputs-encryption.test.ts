/** The exact SSESpecification requests for each encryption (API_SSESpecification). */
import { expect } from 'chai';
import { createTableInput, sseSpecification, updateSseInput } from '../../src/exec/sdk-inputs.js';
import { shape } from '../support/builders.js';

const KEY_ARN = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('exec: SDK requests for encryption', () => {
  it('SSESpecification: AWS owned = Enabled false; AWS managed = KMS without a key; customer key = KMSMasterKeyId as written', () => {
    expect(sseSpecification(null)).to.deep.equal({ Enabled: false });
    expect(sseSpecification({ type: 'KMS', kmsKey: null })).to.deep.equal({ Enabled: true, SSEType: 'KMS' });
    expect(sseSpecification({ type: 'KMS', kmsKey: 'alias/orders' })).to.deep.equal({ Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders' });
  });

  it('an encryption switch is an UpdateTable with TableName and SSESpecification only', () => {
    expect(updateSseInput('orders', { type: 'KMS', kmsKey: KEY_ARN })).to.deep.equal({
      TableName: 'orders',
      SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: KEY_ARN },
    });
    expect(updateSseInput('orders', null)).to.deep.equal({ TableName: 'orders', SSESpecification: { Enabled: false } });
  });

  it('CreateTable carries SSESpecification only when not the default, and not where the endpoint drops it', () => {
    expect(createTableInput(shape('t'), new Set())).to.not.have.property('SSESpecification');
    const kms = shape('t', { sse: { type: 'KMS', kmsKey: 'alias/orders' } });
    expect(createTableInput(kms, new Set()).SSESpecification).to.deep.equal({ Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders' });
    expect(createTableInput(kms, new Set(['sse'] as const))).to.not.have.property('SSESpecification');
  });
});
