/**
 * Point-in-time recovery and its recovery window. DynamoDB Local does not implement
 * DescribeContinuousBackups / UpdateContinuousBackups at all (UnknownOperationException;
 * docs/engine-notes.md), so this rule answers both, as AWS documents them:
 * - UpdateContinuousBackups takes PointInTimeRecoverySpecification { PointInTimeRecoveryEnabled,
 *   RecoveryPeriodInDays } and returns the ContinuousBackupsDescription; the period is 1-35 days and
 *   defaults to 35 (API_PointInTimeRecoverySpecification, API_UpdateContinuousBackups).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html
 * - DescribeContinuousBackups: ContinuousBackupsStatus ENABLED (continuous backups are on for every
 *   table), PointInTimeRecoveryDescription { PointInTimeRecoveryStatus ENABLED | DISABLED,
 *   RecoveryPeriodInDays } (API_PointInTimeRecoveryDescription); an unknown table is
 *   TableNotFoundException (API_DescribeContinuousBackups).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoveryDescription.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContinuousBackups.html
 */
import type { Json } from '../fault-proxy.js';
import { tableOf } from './table-name.js';
import type { ControlPlaneRule, Refusal } from './types.js';

interface Pitr {
  readonly enabled: boolean;
  readonly days: number;
}

const DEFAULT_DAYS = 35;

function description(p: Pitr | undefined): Json {
  const on = p?.enabled === true;
  return {
    ContinuousBackupsDescription: {
      ContinuousBackupsStatus: 'ENABLED',
      PointInTimeRecoveryDescription: on
        ? { PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: p.days, EarliestRestorableDateTime: Date.now() / 1000, LatestRestorableDateTime: Date.now() / 1000 }
        : { PointInTimeRecoveryStatus: 'DISABLED' },
    },
  };
}

const notFound = (table: string): Refusal => ({ type: 'TableNotFoundException', message: `Table not found: ${table}` });

export function pitrWindowRule(): ControlPlaneRule {
  const tables = new Map<string, Pitr>();
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PointInTimeRecoverySpecification.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateContinuousBackups.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeContinuousBackups.html',
    ],
    answers: {
      async DescribeContinuousBackups(req, ctx) {
        const table = tableOf(req);
        return (await ctx.exists(table)) ? description(tables.get(table)) : notFound(table);
      },
      async UpdateContinuousBackups(req, ctx) {
        const table = tableOf(req);
        if (!(await ctx.exists(table))) return notFound(table);
        const spec = req['PointInTimeRecoverySpecification'] as { PointInTimeRecoveryEnabled?: boolean; RecoveryPeriodInDays?: number } | undefined;
        if (typeof spec?.PointInTimeRecoveryEnabled !== 'boolean') {
          return { type: 'ValidationException', message: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled is required' };
        }
        const days = spec.RecoveryPeriodInDays;
        if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 35)) {
          return { type: 'ValidationException', message: `RecoveryPeriodInDays must be between 1 and 35 (was ${days})` };
        }
        const next = { enabled: spec.PointInTimeRecoveryEnabled, days: days ?? DEFAULT_DAYS };
        tables.set(table, next);
        return description(next);
      },
    },
    commit(op, req, accepted) {
      if (op === 'DeleteTable' && accepted) tables.delete(tableOf(req));
    },
  };
}
