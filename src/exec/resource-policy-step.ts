/**
 * The UpdateResourcePolicy step: PutResourcePolicy or DeleteResourcePolicy with ExpectedRevisionId
 * (the revision read when planning, `NO_POLICY` when there was none: API_PutResourcePolicy), so a
 * policy someone changed since the plan is not overwritten (PolicyNotFoundException → EXEC_POLICY_CHANGED).
 * Put is applied eventually consistently (a GetResourcePolicy right after may return the previous
 * policy), so the step waits until GetResourcePolicy shows the new one before verification reads it.
 */
import {
  DeleteResourcePolicyCommand,
  PutResourcePolicyCommand,
  type DeleteResourcePolicyCommandInput,
  type DynamoDBClient,
  type PutResourcePolicyCommandInput,
} from '@aws-sdk/client-dynamodb';
import { DdbMigrateError } from '../model/errors.js';
import type { Step } from '../model/step.js';
import { getPolicy } from '../live/resource-policy.js';
import { sleep } from '../util/retry.js';

type PolicyStep = Extract<Step, { kind: 'UpdateResourcePolicy' }>;

/** The exact request of the step for the table `arn`. */
export function policyInput(step: PolicyStep, arn: string): { readonly put: PutResourcePolicyCommandInput } | { readonly delete: DeleteResourcePolicyCommandInput } {
  return step.policy === null
    ? { delete: { ResourceArn: arn, ExpectedRevisionId: step.expectedRevisionId } }
    : { put: { ResourceArn: arn, Policy: step.policy, ExpectedRevisionId: step.expectedRevisionId } };
}

/** Polls until GetResourcePolicy shows `policy` (about 30 s at most; verification says so if not). */
async function visible(client: DynamoDBClient, arn: string, policy: string | null): Promise<void> {
  for (let i = 0, ms = 100; i < 15; i += 1, ms = Math.min(ms * 2, 3000)) {
    if ((await getPolicy(client, arn)).policy === policy) return;
    await sleep(ms);
  }
}

/** Runs the step; `null` when the live policy is already the step's (nothing called). */
export async function runPolicyStep(client: DynamoDBClient, step: PolicyStep, arn: string): Promise<'already' | 'done'> {
  if ((await getPolicy(client, arn)).policy === step.policy) return 'already';
  const input = policyInput(step, arn);
  try {
    if ('put' in input) await client.send(new PutResourcePolicyCommand(input.put));
    else await client.send(new DeleteResourcePolicyCommand(input.delete));
  } catch (e) {
    if ((e as { name?: string } | null)?.name !== 'PolicyNotFoundException') throw e;
    throw new DdbMigrateError({
      code: 'EXEC_POLICY_CHANGED',
      table: step.table,
      message: `the resource policy of ${step.table} changed after the plan was made (expected revision ${step.expectedRevisionId}); it was not overwritten`,
      hint: 'Run `ddb-migrate plan` again to see the policy it has now.',
    });
  }
  await visible(client, arn, step.policy);
  return 'done';
}
