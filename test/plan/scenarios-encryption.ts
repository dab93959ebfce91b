/**
 * Golden scenarios for server-side encryption (issue 14.2): the AWS owned key is the default (no
 * `sse`), `{ type: KMS }` the AWS managed key, `{ type: KMS, kmsKey }` a customer managed key. A
 * switch is one UpdateTable with only SSESpecification; DynamoDB reports a key ARN, which a spec key
 * given as a key id matches, and a spec alias cannot be told apart from (only the type compares).
 */
import type { Encryption } from '../../src/model/table-shape.js';
import { live, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_ARN = `arn:aws:kms:us-east-1:123456789012:key/${KEY_ID}`;
const OTHER_ARN = 'arn:aws:kms:us-east-1:123456789012:key/99999999-12ab-34cd-56ef-1234567890ab';
const managed: Encryption = { type: 'KMS', kmsKey: null };
const customer = (kmsKey: string): Encryption => ({ type: 'KMS', kmsKey });

export const ENCRYPTION_SCENARIOS: readonly Scenario[] = [
  {
    name: 'sse-add-customer-key',
    desired: [table({ sse: customer(KEY_ARN) })],
    live: [live(table())],
    steps: ['UpdateSse'],
    impact: 'update',
    codes: ['DM106_ENCRYPTION_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'sse-change-key',
    desired: [table({ sse: customer(OTHER_ARN) })],
    live: [live(table({ sse: customer(KEY_ARN) }))],
    steps: ['UpdateSse'],
    impact: 'update',
    codes: ['DM106_ENCRYPTION_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'sse-remove-back-to-aws-owned',
    desired: [table()],
    live: [live(table({ sse: customer(KEY_ARN) }))],
    steps: ['UpdateSse'],
    impact: 'update',
  },
  {
    // Its own call even with other table-level changes: never combined in one UpdateTable.
    name: 'sse-with-other-changes-separate-calls',
    desired: [table({ sse: managed, stream: 'NEW_IMAGE', deletionProtection: true })],
    live: [live(table())],
    steps: ['UpdateStream', 'UpdateDeletionProtection', 'UpdateSse'],
    impact: 'update',
    codes: ['DM106_ENCRYPTION_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'sse-key-id-matches-reported-arn',
    desired: [table({ sse: customer(KEY_ID) })],
    live: [live(table({ sse: customer(KEY_ARN) }))],
    steps: [],
    impact: 'no-op',
  },
  {
    name: 'sse-alias-compares-type-only',
    desired: [table({ sse: customer('alias/orders') })],
    live: [live(table({ sse: customer(KEY_ARN) }))],
    steps: [],
    impact: 'no-op',
  },
  {
    name: 'sse-create-table-with-kms',
    desired: [table({ sse: customer('alias/orders') })],
    live: [],
    steps: ['CreateTable'],
    impact: 'create',
  },
  {
    // DynamoDB Local drops SSESpecification: masked, never a perpetual diff.
    name: 'sse-unsupported-endpoint-masked',
    desired: [table({ sse: customer(KEY_ARN) })],
    live: [live(table(), { unsupported: ['sse'] })],
    steps: [],
    impact: 'no-op',
  },
];
