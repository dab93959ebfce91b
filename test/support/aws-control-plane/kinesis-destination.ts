/**
 * Kinesis streaming destinations, which DynamoDB Local does not implement (Describe/Enable/Update/
 * DisableKinesisStreamingDestination: UnknownOperationException; docs/engine-notes.md). This rule
 * answers the four operations as AWS documents them:
 * - EnableKinesisStreamingDestination { TableName, StreamArn, EnableKinesisStreamingConfiguration?
 *   { ApproximateCreationDateTimePrecision MILLISECOND | MICROSECOND } } answers { TableName,
 *   StreamArn, DestinationStatus: ENABLING, EnableKinesisStreamingConfiguration }; ENABLING becomes
 *   ACTIVE (here: after N describes). The precision defaults to MILLISECOND.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingDestination.html
 * - UpdateKinesisStreamingDestination { TableName, StreamArn, UpdateKinesisStreamingConfiguration }
 *   changes the precision of an ACTIVE destination: UPDATING, then ACTIVE.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateKinesisStreamingDestination.html
 * - DisableKinesisStreamingDestination { TableName, StreamArn }: DISABLING, then DISABLED.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DisableKinesisStreamingDestination.html
 * - DescribeKinesisStreamingDestination { TableName } answers { TableName, KinesisDataStreamDestinations:
 *   [{ StreamArn, DestinationStatus, ApproximateCreationDateTimePrecision }] }.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeKinesisStreamingDestination.html
 * - A destination in transition (ENABLING / UPDATING / DISABLING) refuses another change with
 *   ResourceInUseException ("the resource which you are attempting to change is in use"); enabling a
 *   stream already ACTIVE, or updating / disabling one that is not ACTIVE, is a ValidationException;
 *   an unknown table is ResourceNotFoundException (the API pages' Errors). The Kinesis stream itself
 *   is not checked. Deleting the table drops its destinations.
 */
import type { Json } from '../fault-proxy.js';
import { tableOf } from './table-name.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

interface Destination {
  status: 'ENABLING' | 'ACTIVE' | 'UPDATING' | 'DISABLING' | 'DISABLED';
  precision: string;
  left: number;
}

const SETTLED: Readonly<Record<Destination['status'], Destination['status']>> = { ENABLING: 'ACTIVE', UPDATING: 'ACTIVE', DISABLING: 'DISABLED', ACTIVE: 'ACTIVE', DISABLED: 'DISABLED' };
const PRECISIONS = ['MILLISECOND', 'MICROSECOND'];

export function kinesisDestinationRule(ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  const tables = new Map<string, Map<string, Destination>>();
  const of = (t: string) => {
    const m = tables.get(t) ?? new Map<string, Destination>();
    tables.set(t, m);
    return m;
  };
  const change = (next: Destination['status'], check: (cur: Destination | undefined) => string | null, configKey: string | null) => async (req: Json, rctx: RuleContext): Promise<Json | Refusal> => {
    const table = tableOf(req);
    if (!(await rctx.exists(table))) return { type: 'ResourceNotFoundException', message: `Requested resource not found: Table: ${table} not found` };
    const arn = req['StreamArn'];
    if (typeof arn !== 'string' || !arn.includes(':kinesis:')) return { type: 'ValidationException', message: 'StreamArn must be a Kinesis data stream ARN' };
    const cur = of(table).get(arn);
    if (cur && cur.left > 0) return { type: 'ResourceInUseException', message: `The destination ${arn} is ${cur.status}` };
    const problem = check(cur);
    if (problem) return { type: 'ValidationException', message: problem };
    const config = configKey ? (req[configKey] as Json | undefined) : undefined;
    const precision = String(config?.['ApproximateCreationDateTimePrecision'] ?? cur?.precision ?? 'MILLISECOND');
    if (!PRECISIONS.includes(precision)) return { type: 'ValidationException', message: `Invalid ApproximateCreationDateTimePrecision: ${precision}` };
    of(table).set(arn, { status: next, precision, left: ctx.settleAfter });
    return { TableName: table, StreamArn: arn, DestinationStatus: next, ...(configKey ? { [configKey]: { ApproximateCreationDateTimePrecision: precision } } : {}) };
  };
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_EnableKinesisStreamingDestination.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateKinesisStreamingDestination.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DisableKinesisStreamingDestination.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeKinesisStreamingDestination.html',
    ],
    answers: {
      EnableKinesisStreamingDestination: change('ENABLING', (cur) => (cur?.status === 'ACTIVE' ? 'The stream is already an ACTIVE destination of the table' : null), 'EnableKinesisStreamingConfiguration'),
      UpdateKinesisStreamingDestination: change('UPDATING', (cur) => (cur?.status !== 'ACTIVE' ? 'The stream is not an ACTIVE destination of the table' : null), 'UpdateKinesisStreamingConfiguration'),
      DisableKinesisStreamingDestination: change('DISABLING', (cur) => (cur?.status !== 'ACTIVE' ? 'The stream is not an ACTIVE destination of the table' : null), null),
      DescribeKinesisStreamingDestination: async (req, rctx) => {
        const table = tableOf(req);
        if (!(await rctx.exists(table))) return { type: 'ResourceNotFoundException', message: `Requested resource not found: Table: ${table} not found` };
        const list = [...of(table)].map(([arn, d]) => {
          const out = { StreamArn: arn, DestinationStatus: d.status, ApproximateCreationDateTimePrecision: d.precision };
          if (d.left > 0) d.left -= 1;
          if (d.left === 0) d.status = SETTLED[d.status];
          return out;
        });
        return { TableName: table, KinesisDataStreamDestinations: list };
      },
    },
    commit(op, req, accepted) {
      if (accepted && (op === 'DeleteTable' || op === 'CreateTable')) tables.delete(tableOf(req));
    },
  };
}
