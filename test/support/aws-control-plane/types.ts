/**
 * The shape of one rule module of the AWS control-plane emulation (see index.ts): a feature
 * DynamoDB Local lacks or silently ignores, emulated as AWS documents it. Each module cites its AWS
 * pages; docs/engine-notes.md lists them. Used by tests only.
 */
import type { Json } from '../fault-proxy.js';

/** An error answer as DynamoDB gives it (HTTP 400, `__type` and `message`). */
export interface Refusal {
  readonly type: 'ValidationException' | 'ResourceInUseException' | 'TableNotFoundException' | 'ResourceNotFoundException' | 'PolicyNotFoundException' | 'ObjectNotFoundException';
  readonly message: string;
}

/** What a rule can ask of the emulation while it handles a request. */
export interface RuleContext {
  /** Whether the table exists on the engine (a DescribeTable sent to it). */
  exists(table: string): Promise<boolean>;
  /** The GSI names of the table on the engine (empty when it does not exist). */
  indexes(table: string): Promise<string[]>;
  /**
   * Moves one provisioned capacity of the table (or of its GSI) inside `min`-`max` with an UpdateTable
   * to the engine, as Application Auto Scaling does on a register; nothing when already inside or not
   * provisioned.
   */
  clampCapacity(table: string, index: string | null, field: 'Read' | 'Write', min: number, max: number): Promise<void>;
  /** Describes the engine answered before it settles: a change stays in flight for this many. */
  readonly settleAfter: number;
}

/** A rule's own answer to an operation DynamoDB Local does not implement. */
export type OwnAnswer = (req: Json, ctx: RuleContext) => Promise<Json | Refusal>;

export interface ControlPlaneRule {
  /** The AWS documentation pages the rule follows (also in docs/engine-notes.md). */
  readonly sources: readonly string[];
  /** Operations DynamoDB Local lacks, answered by this rule alone. */
  readonly answers?: Readonly<Record<string, OwnAnswer>>;
  /**
   * Before the request goes to DynamoDB Local: a refusal, or null after taking the fields it
   * emulates out of `forward` (a copy of `req`) and noting what it will apply once the engine
   * accepts the rest. `busy` says whether any rule has a change in flight on the table. `region`:
   * the Region the request was signed for (regionOf), null when it has no SigV4 credential scope.
   */
  request?(op: string, req: Json, forward: Json, busy: boolean, region: string | null): Refusal | null;
  /** After DynamoDB Local accepted the request: apply what `request` noted (false: it refused). */
  commit?(op: string, req: Json, accepted: boolean, region: string | null): void;
  /** Merges its state into a table description (DescribeTable, CreateTable, UpdateTable answers). */
  describe?(table: Json, counts: boolean, region: string | null): void;
  /** Whether a change of this rule is still in flight on `table` (the table is then UPDATING). */
  busy?(table: string): boolean;
}

export const isRefusal = (v: Json | Refusal): v is Refusal =>
  typeof (v as Refusal).type === 'string' && typeof (v as Refusal).message === 'string' && Object.keys(v).length === 2;

/**
 * The Region a request was signed for: the SigV4 credential scope in its Authorization header,
 * `Credential=<access key>/<yyyymmdd>/<region>/<service>/aws4_request`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).
 */
export function regionOf(headers: Readonly<Record<string, string | string[] | undefined>>): string | null {
  const auth = headers['authorization'];
  const m = /Credential=[^/,]+\/\d{8}\/([^/,]+)\/[^/,]+\/aws4_request/.exec(typeof auth === 'string' ? auth : '');
  return m?.[1] ?? null;
}
