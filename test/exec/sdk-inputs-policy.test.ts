/** The exact Put/DeleteResourcePolicy requests (API_PutResourcePolicy, API_DeleteResourcePolicy) from the planner's steps. */
import { expect } from 'chai';
import { policyInput } from '../../src/exec/resource-policy-step.js';
import type { Step } from '../../src/model/step.js';
import { planOf, scenario } from '../plan/scenarios.js';

const ARN = 'arn:aws:dynamodb:us-east-1:000000000000:table/messages';
const inputs = (name: string) =>
  (planOf(scenario(name)).tables[0]?.steps ?? []).filter((s): s is Extract<Step, { kind: 'UpdateResourcePolicy' }> => s.kind === 'UpdateResourcePolicy').map((s) => policyInput(s, ARN));
const POLICY_111 = '{"Statement":[{"Action":"dynamodb:GetItem","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Resource":"*"}],"Version":"2012-10-17"}';

describe('exec: SDK requests for the resource-based policy', () => {
  it('add: Put with the canonical document and ExpectedRevisionId NO_POLICY (a new table too)', () => {
    const put = { put: { ResourceArn: ARN, Policy: POLICY_111, ExpectedRevisionId: 'NO_POLICY' } };
    expect(inputs('policy-add')).to.deep.equal([put]);
    expect(inputs('policy-create-table')).to.deep.equal([put]);
  });

  it('change: Put with the revision read when planning; remove: Delete with it', () => {
    expect(inputs('policy-change-expects-revision')).to.deep.equal([
      { put: { ResourceArn: ARN, Policy: POLICY_111.replace('111122223333', '444455556666'), ExpectedRevisionId: '1733000000001' } },
    ]);
    expect(inputs('policy-remove')).to.deep.equal([{ delete: { ResourceArn: ARN, ExpectedRevisionId: '1733000000001' } }]);
  });

  it('the same document with its keys in another order is no request at all', () => {
    expect(inputs('policy-key-order-is-no-change')).to.deep.equal([]);
  });
});
