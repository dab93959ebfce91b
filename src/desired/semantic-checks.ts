/**
 * The rules a JSON Schema cannot express, run on a schema-valid table (base or one environment's
 * merged result). Pure: returns issues with field paths; the loader adds file positions.
 */
import { SPEC_LIMITS } from './defaults.js';
import { indexKeyAttributes, type IndexKeyDoc, type KeyAttributeDoc, type MergedSpecDoc, type ProjectionDoc } from './spec-doc.js';
import { formatField } from './field-path.js';
import { attributeNameBytes, capacityQuota } from './limit-checks.js';
import { replicaIssues } from './replica-checks.js';
import { scalingRanges } from './autoscaling-checks.js';
import type { PathSegment } from './yaml-source.js';

export interface SpecIssue {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PathSegment[];
  readonly hint?: string;
  /** Default error; a warning does not make the file invalid. */
  readonly severity?: 'warning';
}

type Check = (spec: MergedSpecDoc) => SpecIssue[];

/** Each attribute of a GSI key with its path (`...partitionKey` for one, `...partitionKey[1]` in a list). */
function indexKeyUses(k: IndexKeyDoc | undefined, path: PathSegment[]): { key: KeyAttributeDoc; path: PathSegment[] }[] {
  if (k === undefined) return [];
  return Array.isArray(k) ? indexKeyAttributes(k).map((key, j) => ({ key, path: [...path, j] })) : [{ key: k as KeyAttributeDoc, path }];
}

/**
 * Multi-attribute GSI keys: an attribute appears once in an index's key, over its partition and sort
 * attributes (DynamoDB refuses "Two keys can not have the same name"). The schema counts them (1-4).
 */
const indexKeyAttributesOnce: Check = (spec) => {
  const issues: SpecIssue[] = [];
  (spec.globalSecondaryIndexes ?? []).forEach((g, i) => {
    const seen = new Map<string, PathSegment[]>();
    for (const role of ['partitionKey', 'sortKey'] as const) {
      const uses = indexKeyUses(g[role], ['globalSecondaryIndexes', i, role]);
      for (const u of uses) {
        const first = seen.get(u.key.name);
        if (first)
          issues.push({
            code: 'SPEC_INDEX_KEY_DUPLICATE',
            message: `attribute '${u.key.name}' is in the key of index '${g.name}' twice (first at ${formatField(first)})`,
            path: [...u.path, 'name'],
            hint: 'Each attribute appears once in an index key, in the partition key or the sort key.',
          });
        else seen.set(u.key.name, u.path);
      }
    }
  });
  return issues;
};

const keyTypes: Check = (spec) => {
  const uses: { key: KeyAttributeDoc; path: PathSegment[] }[] = [{ key: spec.partitionKey, path: ['partitionKey'] }];
  if (spec.sortKey) uses.push({ key: spec.sortKey, path: ['sortKey'] });
  (spec.globalSecondaryIndexes ?? []).forEach((g, i) => {
    for (const role of ['partitionKey', 'sortKey'] as const) uses.push(...indexKeyUses(g[role], ['globalSecondaryIndexes', i, role]));
  });
  (spec.localSecondaryIndexes ?? []).forEach((l, i) => {
    if (l.partitionKey) uses.push({ key: l.partitionKey, path: ['localSecondaryIndexes', i, 'partitionKey'] });
    uses.push({ key: l.sortKey, path: ['localSecondaryIndexes', i, 'sortKey'] });
  });
  const first = new Map<string, { type: string; path: PathSegment[] }>();
  const issues: SpecIssue[] = [];
  for (const u of uses) {
    const seen = first.get(u.key.name);
    if (!seen) first.set(u.key.name, { type: u.key.type, path: u.path });
    else if (seen.type !== u.key.type)
      issues.push({
        code: 'SPEC_KEY_TYPE_CONFLICT',
        message: `key attribute '${u.key.name}' is type ${u.key.type} here but ${seen.type} at ${formatField(seen.path)}`,
        path: [...u.path, 'type'],
        hint: 'An attribute has one type across the table and all its indexes; use the same type everywhere.',
      });
  }
  return issues;
};

const indexNames: Check = (spec) => {
  const seen = new Set<string>();
  const issues: SpecIssue[] = [];
  const all: [string, PathSegment[]][] = [
    ...(spec.globalSecondaryIndexes ?? []).map((g, i): [string, PathSegment[]] => [g.name, ['globalSecondaryIndexes', i, 'name']]),
    ...(spec.localSecondaryIndexes ?? []).map((l, i): [string, PathSegment[]] => [l.name, ['localSecondaryIndexes', i, 'name']]),
  ];
  for (const [name, path] of all) {
    if (seen.has(name))
      issues.push({ code: 'SPEC_DUPLICATE_INDEX', message: `index name '${name}' is used twice`, path, hint: 'Index names are unique per table, over global and local indexes.' });
    seen.add(name);
  }
  return issues;
};

const indexCounts: Check = (spec) => {
  const issues: SpecIssue[] = [];
  const gsis = spec.globalSecondaryIndexes ?? [];
  const lsis = spec.localSecondaryIndexes ?? [];
  if (gsis.length > SPEC_LIMITS.maxGlobalIndexes)
    issues.push({
      code: 'SPEC_TOO_MANY_GSI',
      message: `${gsis.length} global secondary indexes; the default quota is ${SPEC_LIMITS.maxGlobalIndexes}`,
      path: ['globalSecondaryIndexes', SPEC_LIMITS.maxGlobalIndexes],
      hint: 'Remove indexes, or raise the quota with AWS first.',
    });
  if (lsis.length > SPEC_LIMITS.maxLocalIndexes)
    issues.push({
      code: 'SPEC_TOO_MANY_LSI',
      message: `${lsis.length} local secondary indexes; DynamoDB allows at most ${SPEC_LIMITS.maxLocalIndexes}`,
      path: ['localSecondaryIndexes', SPEC_LIMITS.maxLocalIndexes],
      hint: 'Use a global secondary index instead.',
    });
  return issues;
};

const localIndexes: Check = (spec) => {
  const issues: SpecIssue[] = [];
  (spec.localSecondaryIndexes ?? []).forEach((l, i) => {
    if (!spec.sortKey && i === 0)
      issues.push({
        code: 'SPEC_LSI_NEEDS_SORT_KEY',
        message: `local secondary index '${l.name}' needs a table with a sort key`,
        path: ['localSecondaryIndexes', i],
        hint: 'Add a sortKey to the table, or make this a global secondary index.',
      });
    const pk = l.partitionKey;
    if (pk && (pk.name !== spec.partitionKey.name || pk.type !== spec.partitionKey.type))
      issues.push({
        code: 'SPEC_LSI_PARTITION_KEY',
        message: `local secondary index '${l.name}' must share the table's partition key ${spec.partitionKey.name} (${spec.partitionKey.type})`,
        path: ['localSecondaryIndexes', i, 'partitionKey'],
        hint: 'Leave partitionKey out of local indexes; it is always the table\'s.',
      });
  });
  return issues;
};

const projections: Check = (spec) => {
  const issues: SpecIssue[] = [];
  let total = 0;
  let lastPath: PathSegment[] = [];
  const visit = (p: ProjectionDoc | undefined, path: PathSegment[]): void => {
    if (p === undefined || typeof p === 'string') return;
    if (p.include.length === 0)
      issues.push({
        code: 'SPEC_INCLUDE_EMPTY',
        message: 'an include projection needs at least one attribute',
        path: [...path, 'include'],
        hint: 'List the attributes, or use KEYS_ONLY.',
      });
    total += p.include.length;
    lastPath = [...path, 'include'];
  };
  (spec.globalSecondaryIndexes ?? []).forEach((g, i) => visit(g.projection, ['globalSecondaryIndexes', i, 'projection']));
  (spec.localSecondaryIndexes ?? []).forEach((l, i) => visit(l.projection, ['localSecondaryIndexes', i, 'projection']));
  if (total > SPEC_LIMITS.maxIncludeAttributes)
    issues.push({
      code: 'SPEC_INCLUDE_LIMIT',
      message: `${total} included attributes over all indexes; DynamoDB allows at most ${SPEC_LIMITS.maxIncludeAttributes} (duplicates count)`,
      path: lastPath,
      hint: 'Project fewer attributes, or use ALL.',
    });
  return issues;
};

const billing: Check = (spec) => {
  const b = spec.billing;
  const issues: SpecIssue[] = [];
  const mode = b?.mode ?? 'PAY_PER_REQUEST';
  if (b && b.mode === undefined)
    issues.push({ code: 'SPEC_REQUIRED', message: 'billing has no mode', path: ['billing'], hint: 'Add mode: PROVISIONED or mode: PAY_PER_REQUEST.' });
  else if (b && mode === 'PROVISIONED') {
    for (const f of ['read', 'write'] as const)
      if (b[f] === undefined)
        issues.push({ code: 'SPEC_BILLING_CAPACITY', message: `a PROVISIONED table needs billing.${f}`, path: ['billing'], hint: `Add ${f}: <units>, or use mode: PAY_PER_REQUEST.` });
    for (const f of ['maxRead', 'maxWrite'] as const)
      if (b[f] !== undefined)
        issues.push({ code: 'SPEC_BILLING_CAPACITY', message: `billing.${f} applies to PAY_PER_REQUEST tables only`, path: ['billing', f], hint: `Remove ${f}, or use mode: PAY_PER_REQUEST.` });
  } else if (b) {
    for (const f of ['read', 'write'] as const)
      if (b[f] !== undefined)
        issues.push({ code: 'SPEC_BILLING_CAPACITY', message: `billing.${f} applies to PROVISIONED tables only`, path: ['billing', f], hint: `Remove ${f} (on-demand tables take maxRead / maxWrite), or use mode: PROVISIONED.` });
  }
  (spec.globalSecondaryIndexes ?? []).forEach((g, i) => {
    if ((g.read === undefined) !== (g.write === undefined))
      issues.push({
        code: 'SPEC_CAPACITY',
        message: `index '${g.name}' sets ${g.read === undefined ? 'write' : 'read'} without ${g.read === undefined ? 'read' : 'write'}`,
        path: ['globalSecondaryIndexes', i, g.read === undefined ? 'write' : 'read'],
        hint: "Set both, or neither to use the table's.",
      });
    if (mode === 'PAY_PER_REQUEST')
      for (const f of ['read', 'write'] as const)
        if (g[f] !== undefined)
          issues.push({
            code: 'SPEC_BILLING_CAPACITY',
            message: `index '${g.name}' sets ${f}, but the table is PAY_PER_REQUEST`,
            path: ['globalSecondaryIndexes', i, f],
            hint: 'Index capacity applies to PROVISIONED tables only; remove it.',
          });
    if (mode === 'PROVISIONED')
      for (const f of ['maxRead', 'maxWrite'] as const)
        if (g[f] !== undefined)
          issues.push({
            code: 'SPEC_BILLING_CAPACITY',
            message: `index '${g.name}' sets ${f}, but the table is PROVISIONED`,
            path: ['globalSecondaryIndexes', i, f],
            hint: 'On-demand maximums apply to PAY_PER_REQUEST tables only; remove it, or give the index read / write.',
          });
  });
  return issues;
};

/**
 * Encryption: a key belongs to KMS encryption only. A key given by alias (or the AWS managed key)
 * cannot be compared with the key ARN DescribeTable reports without a KMS lookup, which this tool
 * does not make: only the encryption type is compared then (docs/spec-reference.md), so say so.
 */
const encryption: Check = (spec) => {
  const sse = spec.sse;
  if (!sse?.kmsKey) return [];
  if (sse.type !== 'KMS')
    return [{ code: 'SPEC_SSE_KEY', message: `sse.kmsKey applies to type KMS only (type is ${sse.type})`, path: ['sse', 'kmsKey'], hint: 'Remove kmsKey, or use type: KMS.' }];
  if (!sse.kmsKey.startsWith('alias/') && !/^arn:[^:]+:kms:[^:]*:[^:]*:alias\//.test(sse.kmsKey)) return [];
  return [
    {
      code: 'SPEC_SSE_KEY_ALIAS',
      message: `sse.kmsKey ${sse.kmsKey} is an alias: DynamoDB reports the key's ARN, so plan and drift compare only that the table uses a KMS key, not which one`,
      path: ['sse', 'kmsKey'],
      hint: 'Give the key ARN (aws kms describe-key --key-id <alias>) to have a change of key planned.',
      severity: 'warning',
    },
  ];
};

/** A recovery period belongs to PITR that is on. */
const recoveryPeriod: Check = (spec) => {
  const p = spec.pointInTimeRecovery;
  if (typeof p !== 'object' || p.enabled || p.recoveryPeriodDays === undefined) return [];
  return [
    {
      code: 'SPEC_PITR_PERIOD',
      message: 'pointInTimeRecovery.recoveryPeriodDays applies only when enabled is true',
      path: ['pointInTimeRecovery', 'recoveryPeriodDays'],
      hint: 'Remove recoveryPeriodDays, or set enabled: true.',
    },
  ];
};

const CHECKS: readonly Check[] = [keyTypes, indexKeyAttributesOnce, indexNames, indexCounts, localIndexes, projections, billing, encryption, recoveryPeriod, attributeNameBytes, capacityQuota, replicaIssues, scalingRanges];

/** Every semantic rule over one (merged) table, in file order per rule. */
export function semanticIssues(spec: MergedSpecDoc): SpecIssue[] {
  return CHECKS.flatMap((c) => c(spec));
}
