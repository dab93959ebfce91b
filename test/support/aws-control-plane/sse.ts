/**
 * Server-side encryption, which DynamoDB Local accepts in CreateTable / UpdateTable and drops (it
 * never describes `SSEDescription`; docs/engine-notes.md). Emulated as AWS documents it:
 * - SSESpecification (API_SSESpecification): `Enabled: false` or absent is the AWS owned key, which
 *   DescribeTable does not describe; `Enabled: true` is KMS with the AWS managed key
 *   (`alias/aws/dynamodb`) unless `KMSMasterKeyId` names another key (key id, key ARN, alias name or
 *   alias ARN). https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSESpecification.html
 * - SSEDescription (API_SSEDescription): `Status` ENABLED, or UPDATING while a switch is in progress;
 *   `SSEType` KMS; `KMSMasterKeyArn` always the key's ARN, whatever form the request used.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSEDescription.html
 * - UpdateTable (API_UpdateTable): the table is UPDATING while the change runs, and no other
 *   UpdateTable is accepted meanwhile; one operation per call, so an SSESpecification combined with
 *   any other change is refused here (ValidationException).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html
 * - Switching keys: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/encryption.tutorial.html
 * KMS itself is not emulated: an alias resolves to a key ARN derived from its name.
 */
import { createHash } from 'node:crypto';
import { EMULATED_REGION } from './arn.js';
import { tableOf } from './table-name.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

interface SseSpec {
  readonly Enabled?: boolean;
  readonly SSEType?: string;
  readonly KMSMasterKeyId?: string;
}

type Described = { readonly Status: string; readonly SSEType: 'KMS'; readonly KMSMasterKeyArn: string };

interface TableSse {
  /** What DescribeTable reports once settled; null: the AWS owned key (not described). */
  readonly settled: Described | null;
  /** While in flight: what it reports meanwhile, and how many more describes until settled. */
  readonly inFlight: { readonly shown: Described; left: number } | null;
}

const ACCOUNT = '000000000000';
const uuidOf = (s: string): string => {
  const h = createHash('sha256').update(s).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** The key ARN DynamoDB reports for the key a request names (an alias: a key ARN derived from it). */
export function keyArnOf(keyId: string | undefined): string {
  const arn = (id: string) => `arn:aws:kms:${EMULATED_REGION}:${ACCOUNT}:key/${id}`;
  if (keyId === undefined) return arn(uuidOf('alias/aws/dynamodb'));
  if (/^arn:[^:]+:kms:[^:]*:[^:]*:key\//.test(keyId)) return keyId;
  const alias = /^arn:[^:]+:kms:[^:]*:[^:]*:(alias\/.+)$/.exec(keyId)?.[1] ?? (keyId.startsWith('alias/') ? keyId : null);
  return arn(alias ? uuidOf(alias) : keyId);
}

const described = (spec: SseSpec, status: string): Described | null =>
  spec.Enabled ? { Status: status, SSEType: 'KMS', KMSMasterKeyArn: keyArnOf(spec.KMSMasterKeyId) } : null;

export function sseRule(ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  const tables = new Map<string, TableSse>();
  const noted = new Map<string, TableSse>();
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSESpecification.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_SSEDescription.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html',
    ],
    request(op, req, forward, busy): Refusal | null {
      const spec = req['SSESpecification'] as SseSpec | undefined;
      if (spec === undefined || (op !== 'CreateTable' && op !== 'UpdateTable')) return null;
      const table = tableOf(req);
      if (op === 'UpdateTable') {
        const others = Object.keys(req).filter((k) => k !== 'TableName' && k !== 'SSESpecification');
        if (others.length > 0) {
          return { type: 'ValidationException', message: `UpdateTable can perform one operation at a time: SSESpecification cannot be combined with ${others.join(', ')} (emulated: API_UpdateTable)` };
        }
        if (busy) return { type: 'ResourceInUseException', message: `Attempt to change a resource which is still in use: Table is being updated: ${table} (emulated: API_UpdateTable)` };
        const before = tables.get(table)?.settled ?? null;
        const settled = described(spec, 'ENABLED');
        // Back to the AWS owned key: still described as KMS, UPDATING, until it settles.
        const shown = settled ? { ...settled, Status: 'UPDATING' } : before ? { ...before, Status: 'UPDATING' } : null;
        noted.set(table, { settled, inFlight: shown ? { shown, left: ctx.settleAfter } : null });
      } else {
        noted.set(table, { settled: described(spec, 'ENABLED'), inFlight: null });
      }
      delete forward['SSESpecification'];
      return null;
    },
    commit(op, req, accepted) {
      const table = tableOf(req);
      if (op === 'DeleteTable' && accepted) tables.delete(table);
      const n = noted.get(table);
      noted.delete(table);
      if (n && accepted && (op === 'CreateTable' || op === 'UpdateTable')) tables.set(table, n);
    },
    describe(desc, counts) {
      const state = tables.get(String(desc['TableName'] ?? ''));
      if (!state) return;
      if (state.inFlight) {
        if (counts) state.inFlight.left -= 1;
        if (state.inFlight.left > 0) {
          desc['SSEDescription'] = state.inFlight.shown;
          return;
        }
        tables.set(String(desc['TableName']), { settled: state.settled, inFlight: null });
      }
      if (state.settled) desc['SSEDescription'] = state.settled;
    },
    busy: (table) => tables.get(table)?.inFlight != null,
  };
}

