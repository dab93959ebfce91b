/**
 * Contributor insights of a table and its GSIs: DescribeContributorInsights once for the table and
 * once per GSI (API_DescribeContributorInsights), and the wait until a change has settled. An
 * endpoint without the operation (DynamoDB Local: UnknownOperationException, docs/engine-notes.md)
 * marks the feature unsupported through the capabilities.
 */
import { DescribeContributorInsightsCommand, type DescribeContributorInsightsCommandOutput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { canonicalInsights } from '../model/contributor-insights.js';
import { DdbMigrateError } from '../model/errors.js';
import type { ContributorInsights, ContributorInsightsMode } from '../model/table-shape.js';
import { sleep } from '../util/retry.js';
import { UNSUPPORTED, type Unsupported } from './capabilities.js';
import type { LiveClient } from './live-client.js';
import type { WaitOptions } from './wait.js';

/** Statuses of a change still in progress (API_DescribeContributorInsights: ENABLING | ENABLED | DISABLING | DISABLED | FAILED). */
const IN_PROGRESS = new Set(['ENABLING', 'DISABLING']);

/**
 * The mode when insights are on (ENABLED, or ENABLING: the call was accepted), else null. A status
 * without a mode is ACCESSED_AND_THROTTLED_KEYS, the only behaviour before modes were added.
 */
export function insightsModeOf(out: Pick<DescribeContributorInsightsCommandOutput, 'ContributorInsightsStatus' | 'ContributorInsightsMode'>): ContributorInsightsMode | null {
  const on = out.ContributorInsightsStatus === 'ENABLED' || out.ContributorInsightsStatus === 'ENABLING';
  if (!on) return null;
  return out.ContributorInsightsMode === 'THROTTLED_KEYS' ? 'THROTTLED_KEYS' : 'ACCESSED_AND_THROTTLED_KEYS';
}

const describe = (client: DynamoDBClient, table: string, index: string | null) =>
  client.send(new DescribeContributorInsightsCommand({ TableName: table, ...(index !== null ? { IndexName: index } : {}) }));

/** The table's and every named GSI's contributor insights (in parallel), or UNSUPPORTED. */
export async function readContributorInsights({ client, capabilities }: LiveClient, table: string, indexes: readonly string[]): Promise<ContributorInsights | Unsupported> {
  const own = await capabilities.call('contributorInsights', () => describe(client, table, null));
  if (own === UNSUPPORTED) return UNSUPPORTED;
  const modes = await Promise.all(indexes.map(async (i) => [i, insightsModeOf(await describe(client, table, i))] as const));
  const on: Record<string, ContributorInsightsMode> = {};
  for (const [i, m] of modes) if (m) on[i] = m;
  return canonicalInsights(insightsModeOf(own), on);
}

/** The current status of one target (the table when `index` is null), as described. */
export async function insightsStatus(client: DynamoDBClient, table: string, index: string | null): Promise<string> {
  return (await describe(client, table, index)).ContributorInsightsStatus ?? 'DISABLED';
}

/** Waits until the target's insights are no longer ENABLING / DISABLING; FAILED is an error. */
export async function waitForInsights(client: DynamoDBClient, table: string, index: string | null, opts: WaitOptions): Promise<void> {
  const start = Date.now();
  const what = index === null ? 'contributor insights' : `contributor insights of index ${index}`;
  let interval = Math.max(1, opts.pollIntervalMs.initial);
  for (;;) {
    const status = await insightsStatus(client, table, index);
    if (status === 'FAILED') {
      throw new DdbMigrateError({ code: 'EXEC_INSIGHTS_FAILED', table, message: `${what} of ${table} FAILED`, hint: 'See CloudWatch Contributor Insights for the table; run `ddb-migrate plan` again to retry.' });
    }
    if (!IN_PROGRESS.has(status)) return;
    const elapsed = Date.now() - start;
    if (elapsed >= opts.timeoutMs) {
      throw new DdbMigrateError({ code: 'EXEC_WAIT_TIMEOUT', table, message: `gave up waiting for ${what} of ${table} after ${Math.round(elapsed / 1000)}s: ${status}`, hint: 'DynamoDB is still working on it. Run `ddb-migrate plan` later.' });
    }
    if (opts.signal?.aborted) {
      throw new DdbMigrateError({ code: 'EXEC_INTERRUPTED', table, message: `interrupted while waiting for ${what} of ${table} (${status}); the call was made`, hint: 'Run apply again: it continues from the live state.' });
    }
    opts.onProgress(`waiting for ${table} ${what} ${status} ${Math.round(elapsed / 1000)}s`, elapsed);
    await sleep(Math.min(interval, Math.max(1, opts.timeoutMs - elapsed)), opts.signal);
    interval = Math.min(interval * 2, opts.pollIntervalMs.max);
  }
}
