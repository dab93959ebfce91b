/**
 * The rules of `replicas:` a JSON Schema cannot express (global tables version 2019.11.21,
 * docs/dynamodb-rules.md): DynamoDB replicates through the table's stream, so a table with replicas
 * streams NEW_AND_OLD_IMAGES; one replica per Region; a read override of the throughput mode the
 * table has; GSI overrides of GSIs the table declares; a replica KMS key only on a KMS-encrypted
 * table. Pure.
 */
import type { MergedSpecDoc, ReplicaDoc } from './spec-doc.js';
import type { SpecIssue } from './semantic-checks.js';

const regionOf = (r: ReplicaDoc) => (typeof r === 'string' ? r : r.region);

export function replicaIssues(spec: MergedSpecDoc): SpecIssue[] {
  const replicas = spec.replicas ?? [];
  if (replicas.length === 0) return [];
  const issues: SpecIssue[] = [];
  if (spec.stream !== 'NEW_AND_OLD_IMAGES') {
    issues.push({
      code: 'SPEC_REPLICA_STREAM',
      message: `a table with replicas needs stream: NEW_AND_OLD_IMAGES (global tables replicate through it); it has ${spec.stream === undefined || spec.stream === false ? 'none' : spec.stream}`,
      path: spec.stream === undefined ? ['replicas'] : ['stream'],
      hint: 'Set stream: NEW_AND_OLD_IMAGES (a stream view cannot change while the table has replicas).',
    });
  }
  const mode = spec.billing?.mode ?? 'PAY_PER_REQUEST';
  const gsis = new Set((spec.globalSecondaryIndexes ?? []).map((g) => g.name));
  const seen = new Set<string>();
  replicas.forEach((r, i) => {
    const region = regionOf(r);
    if (seen.has(region)) issues.push({ code: 'SPEC_REPLICA_DUPLICATE', message: `replica ${region} is listed twice`, path: ['replicas', i], hint: 'A global table has one replica per Region.' });
    seen.add(region);
    if (typeof r === 'string') return;
    const wrong = mode === 'PROVISIONED' ? 'maxRead' : 'read';
    const capacity = (v: number | undefined, path: (string | number)[], what: string) => {
      if (v !== undefined)
        issues.push({
          code: 'SPEC_BILLING_CAPACITY',
          message: `${what} sets ${wrong}, but the table is ${mode}`,
          path,
          hint: mode === 'PROVISIONED' ? 'A replica of a provisioned table overrides read (capacity units).' : 'A replica of an on-demand table overrides maxRead (request units).',
        });
    };
    capacity(r[wrong], ['replicas', i, wrong], `replica ${region}`);
    (r.globalSecondaryIndexes ?? []).forEach((g, j) => {
      if (!gsis.has(g.name))
        issues.push({ code: 'SPEC_REPLICA_INDEX', message: `replica ${region} overrides index '${g.name}', which the table does not declare`, path: ['replicas', i, 'globalSecondaryIndexes', j, 'name'], hint: 'Name one of the table\'s globalSecondaryIndexes.' });
      capacity(g[wrong], ['replicas', i, 'globalSecondaryIndexes', j, wrong], `index '${g.name}' of replica ${region}`);
    });
    if (r.kmsKey !== undefined && spec.sse?.type !== 'KMS')
      issues.push({ code: 'SPEC_SSE_KEY', message: `replica ${region} sets kmsKey, but the table is not encrypted with KMS`, path: ['replicas', i, 'kmsKey'], hint: 'Set sse: { type: KMS, ... } on the table, or remove the replica\'s kmsKey.' });
  });
  return issues;
}
