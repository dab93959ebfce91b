/**
 * The table's resource-based policy: GetResourcePolicy by table ARN (API_GetResourcePolicy), its
 * document canonicalised (model/resource-policy.ts) and its RevisionId kept for ExpectedRevisionId.
 * No policy is PolicyNotFoundException. An endpoint without the operation (DynamoDB Local:
 * UnknownOperationException, docs/engine-notes.md) marks the feature unsupported.
 */
import { GetResourcePolicyCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { canonicalPolicy } from '../model/resource-policy.js';
import { UNSUPPORTED, type Unsupported } from './capabilities.js';
import type { LiveClient } from './live-client.js';

export interface LivePolicy {
  /** Canonical JSON; null: no policy. */
  readonly policy: string | null;
  readonly revision: string | null;
}

const NONE: LivePolicy = { policy: null, revision: null };

const isPolicyNotFound = (e: unknown) => (e as { name?: string } | null)?.name === 'PolicyNotFoundException';

/** The policy as GetResourcePolicy returns it now (NONE when there is none). */
export async function getPolicy(client: DynamoDBClient, arn: string): Promise<LivePolicy> {
  try {
    const out = await client.send(new GetResourcePolicyCommand({ ResourceArn: arn }));
    return { policy: out.Policy ? canonicalPolicy(JSON.parse(out.Policy)) : null, revision: out.RevisionId ?? null };
  } catch (e) {
    if (isPolicyNotFound(e)) return NONE;
    throw e;
  }
}

export async function readResourcePolicy({ client, capabilities }: LiveClient, arn: string | undefined): Promise<LivePolicy | Unsupported> {
  if (!arn) return NONE;
  const out = await capabilities.call('resourcePolicy', () => getPolicy(client, arn));
  return out === UNSUPPORTED ? UNSUPPORTED : out;
}
