/**
 * Golden scenarios for the Kinesis streaming destination (issue 14.6): enable with the creation
 * time precision, a precision change of the same stream is one Update, another stream is disable
 * then enable, removal is a disable, a new table enables it after CreateTable, masked where unsupported.
 */
import type { KinesisDestination } from '../../src/model/table-shape.js';
import { live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const S1 = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes';
const S2 = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes-v2';
const k = (streamArn: string, precision: KinesisDestination['precision'] = 'MILLISECOND'): KinesisDestination => ({ streamArn, precision });
const od = (kinesisDestination: KinesisDestination | null) => table({ billing: onDemand(), kinesisDestination });

export const KINESIS_SCENARIOS: readonly Scenario[] = [
  { name: 'kinesis-enable', desired: [od(k(S1, 'MICROSECOND'))], live: [live(od(null))], steps: ['UpdateKinesisDestination'], impact: 'update' },
  { name: 'kinesis-precision-update', desired: [od(k(S1, 'MICROSECOND'))], live: [live(od(k(S1)))], steps: ['UpdateKinesisDestination'], impact: 'update' },
  { name: 'kinesis-other-stream-disable-then-enable', desired: [od(k(S2))], live: [live(od(k(S1)))], steps: ['UpdateKinesisDestination', 'UpdateKinesisDestination'], impact: 'update' },
  { name: 'kinesis-remove', desired: [od(null)], live: [live(od(k(S1)))], steps: ['UpdateKinesisDestination'], impact: 'update' },
  { name: 'kinesis-create-table', desired: [od(k(S1))], live: [], steps: ['CreateTable', 'UpdateKinesisDestination'], impact: 'create' },
  { name: 'kinesis-unsupported-endpoint-masked', desired: [od(k(S1))], live: [live(od(null), { unsupported: ['kinesisDestination'] })], steps: [], impact: 'no-op' },
];
