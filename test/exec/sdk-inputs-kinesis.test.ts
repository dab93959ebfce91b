/** The exact Enable/Update/DisableKinesisStreamingDestination requests, from the planner's steps. */
import { expect } from 'chai';
import { kinesisInput } from '../../src/exec/sdk-inputs.js';
import { activeDestination } from '../../src/live/kinesis-destination.js';
import type { Step } from '../../src/model/step.js';
import { planOf, scenario } from '../plan/scenarios.js';

const S1 = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes';
const S2 = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes-v2';
const requests = (name: string) =>
  (planOf(scenario(name)).tables[0]?.steps ?? []).filter((s): s is Extract<Step, { kind: 'UpdateKinesisDestination' }> => s.kind === 'UpdateKinesisDestination').map(kinesisInput);

describe('exec: SDK requests for the Kinesis streaming destination', () => {
  it('enable carries the precision; a precision change is one Update; another stream is Disable then Enable; remove is Disable', () => {
    expect(requests('kinesis-enable')).to.deep.equal([{ op: 'Enable', input: { TableName: 'messages', StreamArn: S1, EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } } }]);
    expect(requests('kinesis-precision-update')).to.deep.equal([{ op: 'Update', input: { TableName: 'messages', StreamArn: S1, UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } } }]);
    expect(requests('kinesis-other-stream-disable-then-enable')).to.deep.equal([
      { op: 'Disable', input: { TableName: 'messages', StreamArn: S1 } },
      { op: 'Enable', input: { TableName: 'messages', StreamArn: S2, EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MILLISECOND' } } },
    ]);
    expect(requests('kinesis-remove')).to.deep.equal([{ op: 'Disable', input: { TableName: 'messages', StreamArn: S1 } }]);
    expect(requests('kinesis-create-table')).to.have.length(1);
  });

  it('reads ENABLING / ACTIVE / UPDATING as on (precision MILLISECOND when not described), DISABLED and ENABLE_FAILED as off', () => {
    expect(activeDestination([{ StreamArn: S1, DestinationStatus: 'DISABLED' }, { StreamArn: S2, DestinationStatus: 'ACTIVE' }])).to.deep.equal({ streamArn: S2, precision: 'MILLISECOND' });
    expect(activeDestination([{ StreamArn: S1, DestinationStatus: 'ENABLING', ApproximateCreationDateTimePrecision: 'MICROSECOND' }])).to.deep.equal({ streamArn: S1, precision: 'MICROSECOND' });
    expect(activeDestination([{ StreamArn: S1, DestinationStatus: 'ENABLE_FAILED' }])).to.equal(null);
  });
});
