/**
 * CloudWatch Contributor Insights, which DynamoDB Local does not implement at all
 * (UnknownOperationException for Describe/Update/ListContributorInsights; docs/engine-notes.md).
 * This rule answers DescribeContributorInsights and UpdateContributorInsights as AWS documents them:
 * - UpdateContributorInsights { TableName, IndexName?, ContributorInsightsAction ENABLE | DISABLE,
 *   ContributorInsightsMode? } answers { TableName, IndexName, ContributorInsightsStatus,
 *   ContributorInsightsMode }; the status is ENABLING (DISABLING) and becomes ENABLED (DISABLED)
 *   (here: after N describes). The mode is ACCESSED_AND_THROTTLED_KEYS or THROTTLED_KEYS.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContributorInsights.html
 * - DescribeContributorInsights { TableName, IndexName? } answers ContributorInsightsStatus
 *   (ENABLING | ENABLED | DISABLING | DISABLED | FAILED), ContributorInsightsMode while on,
 *   ContributorInsightsRuleList and LastUpdateDateTime; a table never enabled is DISABLED.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContributorInsights.html
 * - Both name an existing table (and index): otherwise ResourceNotFoundException (API pages' Errors).
 * - Modes: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/contributorinsights_tutorial.html
 * Deleting the table or the index drops its state (the rules go with it).
 */
import type { Json } from '../fault-proxy.js';
import { tableOf } from './table-name.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

type Mode = 'ACCESSED_AND_THROTTLED_KEYS' | 'THROTTLED_KEYS';
const MODES: readonly string[] = ['ACCESSED_AND_THROTTLED_KEYS', 'THROTTLED_KEYS'];

interface Insights {
  on: boolean;
  mode: Mode;
  /** Describes left while ENABLING / DISABLING (0: settled). */
  left: number;
  at: number;
}

const TABLE = '';
const notFound = (what: string): Refusal => ({ type: 'ResourceNotFoundException', message: `Requested resource not found: ${what}` });

export function contributorInsightsRule(ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  /** Per table: '' for the table itself, else the index name. */
  const tables = new Map<string, Map<string, Insights>>();
  const of = (table: string) => {
    const m = tables.get(table) ?? new Map<string, Insights>();
    tables.set(table, m);
    return m;
  };
  const status = (i: Insights | undefined) => (!i ? 'DISABLED' : i.left > 0 ? (i.on ? 'ENABLING' : 'DISABLING') : i.on ? 'ENABLED' : 'DISABLED');
  const answer = (table: string, index: string | null, i: Insights | undefined): Json => ({
    TableName: table,
    ...(index !== null ? { IndexName: index } : {}),
    ContributorInsightsStatus: status(i),
    ...(i?.on ? { ContributorInsightsMode: i.mode, ContributorInsightsRuleList: [`DynamoDBContributorInsights-PKC-${table}-${i.at}`] } : {}),
    ...(i ? { LastUpdateDateTime: i.at / 1000 } : {}),
  });
  /** The table exists (DynamoDB Local answers DescribeTable) and, if named, so does the index. */
  const check = async (req: Json, rctx: RuleContext): Promise<Refusal | null> => {
    const table = tableOf(req);
    if (!(await rctx.exists(table))) return notFound(`Table: ${table}`);
    const index = typeof req['IndexName'] === 'string' ? req['IndexName'] : null;
    if (index !== null && !(await rctx.indexes(table)).includes(index)) return notFound(`Index: ${index} of table ${table}`);
    return null;
  };
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContributorInsights.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContributorInsights.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/contributorinsights_tutorial.html',
    ],
    answers: {
      DescribeContributorInsights: async (req, rctx) => {
        const refused = await check(req, rctx);
        if (refused) return refused;
        const table = tableOf(req);
        const index = typeof req['IndexName'] === 'string' ? req['IndexName'] : null;
        const i = of(table).get(index ?? TABLE);
        const out = answer(table, index, i);
        if (i && i.left > 0) i.left -= 1;
        return out;
      },
      UpdateContributorInsights: async (req, rctx) => {
        const refused = await check(req, rctx);
        if (refused) return refused;
        const action = req['ContributorInsightsAction'];
        const mode = req['ContributorInsightsMode'] ?? 'ACCESSED_AND_THROTTLED_KEYS';
        if (action !== 'ENABLE' && action !== 'DISABLE') return { type: 'ValidationException', message: `Invalid ContributorInsightsAction: ${String(action)}` };
        if (typeof mode !== 'string' || !MODES.includes(mode)) return { type: 'ValidationException', message: `Invalid ContributorInsightsMode: ${String(mode)}` };
        const table = tableOf(req);
        const index = typeof req['IndexName'] === 'string' ? req['IndexName'] : null;
        const state = of(table);
        const prev = state.get(index ?? TABLE);
        const next: Insights = { on: action === 'ENABLE', mode: action === 'ENABLE' ? (mode as Mode) : (prev?.mode ?? 'ACCESSED_AND_THROTTLED_KEYS'), left: ctx.settleAfter, at: Date.now() };
        state.set(index ?? TABLE, next);
        const out = answer(table, index, next);
        return { ...out, ContributorInsightsMode: next.mode };
      },
    },
    commit(op, req, accepted) {
      if (!accepted) return;
      const table = tableOf(req);
      if (op === 'DeleteTable' || op === 'CreateTable') tables.delete(table);
      if (op === 'UpdateTable') {
        for (const u of (req['GlobalSecondaryIndexUpdates'] as { Delete?: { IndexName?: string } }[] | undefined) ?? []) {
          if (u.Delete?.IndexName) tables.get(table)?.delete(u.Delete.IndexName);
        }
      }
    },
  };
}
