/**
 * Which KMS key a table uses, compared across the two ways it is named: the spec names a key by key
 * id, key ARN, alias name or alias ARN (all accepted by SSESpecification.KMSMasterKeyId), while
 * DescribeTable reports `SSEDescription.KMSMasterKeyArn`, always a key ARN. Without a KMS lookup an
 * alias (and the AWS managed key, `alias/aws/dynamodb`) cannot be resolved, so such a key is taken to
 * match whatever key the table has: only the encryption type is compared then (validate warns). Pure.
 */
import type { Encryption, TableShape } from '../model/table-shape.js';

/** `arn:aws:kms:us-east-1:123456789012:key/1234abcd-...` → `1234abcd-...`; null for anything else. */
function keyIdOfArn(arn: string): string | null {
  const m = /^arn:[^:]+:kms:[^:]*:[^:]*:key\/(.+)$/.exec(arn);
  return m?.[1] ?? null;
}

/** true / false when the spec's key can be compared with the live key ARN; 'unknown' when it cannot. */
export function kmsKeyMatches(spec: string | null, liveArn: string | null): boolean | 'unknown' {
  if (spec === null || spec.startsWith('alias/') || /^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(spec)) return 'unknown';
  if (liveArn === null) return 'unknown';
  if (spec.startsWith('arn:')) return spec === liveArn;
  return keyIdOfArn(liveArn) === spec;
}

/** Whether two encryption settings are the same key, as far as the reported ARN tells (see above). */
export function sameEncryption(spec: Encryption | null, live: Encryption | null): boolean {
  if (spec === null || live === null) return spec === live;
  return kmsKeyMatches(spec.kmsKey, live.kmsKey) !== false;
}

/**
 * `desired` with its KMS key written as the live table reports it when the two name the same key (or
 * cannot be told apart), so the shapes compare equal and the plan's target is what a re-read gives.
 */
export function adoptLiveKey(desired: TableShape, live: TableShape): TableShape {
  if (desired.sse === null || live.sse === null || desired.sse.kmsKey === live.sse.kmsKey) return desired;
  return sameEncryption(desired.sse, live.sse) ? { ...desired, sse: live.sse } : desired;
}
