/**
 * Resource-based policies, which DynamoDB Local does not implement (Get/Put/DeleteResourcePolicy:
 * UnknownOperationException; ResourcePolicy in CreateTable is dropped; docs/engine-notes.md). This
 * rule answers the three operations for tables, as AWS documents them:
 * - PutResourcePolicy { ResourceArn, Policy, ExpectedRevisionId? } attaches the policy and answers
 *   { RevisionId }; the same document again keeps its revision (idempotent). With ExpectedRevisionId,
 *   a revision that does not match the attached policy, or no policy attached, is
 *   PolicyNotFoundException; NO_POLICY requires that none is attached.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutResourcePolicy.html
 * - GetResourcePolicy { ResourceArn } answers { Policy, RevisionId }; no policy is PolicyNotFoundException.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetResourcePolicy.html
 * - DeleteResourcePolicy { ResourceArn, ExpectedRevisionId? } answers { RevisionId }; no policy (or
 *   another revision) is PolicyNotFoundException.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteResourcePolicy.html
 * - A policy is a JSON document of at most 20 KB (ValidationException otherwise).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html
 * The eventual consistency AWS documents for Get after Put is not emulated (reads are immediate).
 * An unknown table is ResourceNotFoundException; deleting the table drops its policy.
 */
import type { Json } from '../fault-proxy.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

interface Attached {
  readonly text: string;
  readonly revision: string;
}

const MAX_BYTES = 20 * 1024;
const notFound = (message: string): Refusal => ({ type: 'PolicyNotFoundException', message });
const tableOfArn = (arn: unknown): string => (typeof arn === 'string' && arn.includes(':table/') ? (arn.split(':table/')[1] ?? '').split('/')[0] ?? '' : '');

export function resourcePolicyRule(_ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  const policies = new Map<string, Attached>();
  let counter = 1_733_000_000_000;
  const guard = async (req: Json, rctx: RuleContext): Promise<{ table: string } | Refusal> => {
    const table = tableOfArn(req['ResourceArn']);
    if (!table || !(await rctx.exists(table))) return { type: 'ResourceNotFoundException', message: `Requested resource not found: ${String(req['ResourceArn'])}` };
    return { table };
  };
  const expected = (table: string, want: unknown): Refusal | null => {
    if (want === undefined) return null;
    const cur = policies.get(table);
    if (want === 'NO_POLICY') return cur ? notFound(`A policy is attached to ${table} (revision ${cur.revision}); ExpectedRevisionId NO_POLICY`) : null;
    return cur?.revision === want ? null : notFound(`No policy with revision ${String(want)} is attached to ${table}`);
  };
  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutResourcePolicy.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetResourcePolicy.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteResourcePolicy.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/access-control-resource-based.html',
    ],
    answers: {
      GetResourcePolicy: async (req, rctx) => {
        const g = await guard(req, rctx);
        if ('type' in g) return g;
        const cur = policies.get(g.table);
        return cur ? { Policy: cur.text, RevisionId: cur.revision } : notFound(`No resource policy on ${g.table}`);
      },
      PutResourcePolicy: async (req, rctx) => {
        const g = await guard(req, rctx);
        if ('type' in g) return g;
        const text = req['Policy'];
        if (typeof text !== 'string' || Buffer.byteLength(text) > MAX_BYTES) return { type: 'ValidationException', message: 'Policy must be a JSON document of at most 20 KB' };
        try {
          JSON.parse(text);
        } catch {
          return { type: 'ValidationException', message: 'Policy is not valid JSON' };
        }
        const refused = expected(g.table, req['ExpectedRevisionId']);
        if (refused) return refused;
        const cur = policies.get(g.table);
        if (cur?.text === text) return { RevisionId: cur.revision };
        counter += 1;
        const next = { text, revision: String(counter) };
        policies.set(g.table, next);
        return { RevisionId: next.revision };
      },
      DeleteResourcePolicy: async (req, rctx) => {
        const g = await guard(req, rctx);
        if ('type' in g) return g;
        const cur = policies.get(g.table);
        if (!cur) return notFound(`No resource policy on ${g.table}`);
        const refused = expected(g.table, req['ExpectedRevisionId']);
        if (refused) return refused;
        policies.delete(g.table);
        counter += 1;
        return { RevisionId: String(counter) };
      },
    },
    commit(op, req, accepted) {
      if (accepted && (op === 'DeleteTable' || op === 'CreateTable') && typeof req['TableName'] === 'string') policies.delete(req['TableName']);
    },
  };
}
