/**
 * The import safety net: every field of a DescribeTable answer the table file cannot express.
 * The fields the importer maps, and the ones that describe the table's state rather than a
 * setting, are listed here as data; anything else with a value (a field AWS adds next year...) is reported, so `import` writes it as a
 * comment and warns instead of dropping it silently. Pure: SDK types only.
 */
import type { GlobalSecondaryIndexDescription, LocalSecondaryIndexDescription, TableDescription } from '@aws-sdk/client-dynamodb';

/** `mapped`: the table file expresses it; `state`: what the table is or holds, not how it is set up. */
export type FieldRole = 'mapped' | 'state';

/** TableDescription fields the importer accounts for. Any other field is unmapped. */
export const TABLE_FIELDS: Readonly<Record<string, FieldRole>> = {
  TableName: 'mapped',
  AttributeDefinitions: 'mapped',
  KeySchema: 'mapped',
  BillingModeSummary: 'mapped',
  ProvisionedThroughput: 'mapped',
  OnDemandThroughput: 'mapped',
  GlobalSecondaryIndexes: 'mapped',
  LocalSecondaryIndexes: 'mapped',
  StreamSpecification: 'mapped',
  DeletionProtectionEnabled: 'mapped',
  TableClassSummary: 'mapped',
  SSEDescription: 'mapped',
  WarmThroughput: 'mapped',
  // Global tables (2019.11.21): written as replicas:.
  Replicas: 'mapped',
  GlobalTableVersion: 'state',
  TableStatus: 'state',
  CreationDateTime: 'state',
  TableSizeBytes: 'state',
  ItemCount: 'state',
  TableArn: 'state',
  TableId: 'state',
  LatestStreamLabel: 'state',
  LatestStreamArn: 'state',
  ArchivalSummary: 'state',
  RestoreSummary: 'state',
};

/** GlobalSecondaryIndexDescription fields the importer accounts for. */
export const GLOBAL_INDEX_FIELDS: Readonly<Record<string, FieldRole>> = {
  IndexName: 'mapped',
  KeySchema: 'mapped',
  Projection: 'mapped',
  ProvisionedThroughput: 'mapped',
  // Mapped through the table's maximums; a GSI whose own differ gets its own comment (to-spec-yaml.ts).
  OnDemandThroughput: 'mapped',
  WarmThroughput: 'mapped',
  IndexStatus: 'state',
  Backfilling: 'state',
  IndexSizeBytes: 'state',
  ItemCount: 'state',
  IndexArn: 'state',
};

/** LocalSecondaryIndexDescription fields the importer accounts for. */
export const LOCAL_INDEX_FIELDS: Readonly<Record<string, FieldRole>> = {
  IndexName: 'mapped',
  KeySchema: 'mapped',
  Projection: 'mapped',
  IndexSizeBytes: 'state',
  ItemCount: 'state',
  IndexArn: 'state',
};

export interface UnmappedField {
  /** Where it sits in the description: `SSEDescription`, `GlobalSecondaryIndexes[by-user].WarmThroughput`. */
  readonly path: string;
  /** Its value as compact JSON, for the comment. */
  readonly value: string;
}

/** Absent, null, an empty list or an empty object: nothing to lose. */
function hasValue(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && !(v instanceof Date)) return Object.keys(v).length > 0;
  return true;
}

function unknownFields(obj: object, known: Readonly<Record<string, FieldRole>>, prefix: string): UnmappedField[] {
  return Object.entries(obj)
    .filter(([k, v]) => !Object.hasOwn(known, k) && hasValue(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => ({ path: `${prefix}${k}`, value: JSON.stringify(v) }));
}

/** Every field of `desc` (and of its indexes) with a value the table file cannot express, in a stable order. */
export function unmappedFields(desc: TableDescription): UnmappedField[] {
  const gsis = (desc.GlobalSecondaryIndexes ?? []) as readonly GlobalSecondaryIndexDescription[];
  const lsis = (desc.LocalSecondaryIndexes ?? []) as readonly LocalSecondaryIndexDescription[];
  return [
    ...unknownFields(desc, TABLE_FIELDS, ''),
    ...gsis.flatMap((g) => unknownFields(g, GLOBAL_INDEX_FIELDS, `GlobalSecondaryIndexes[${g.IndexName ?? '?'}].`)),
    ...lsis.flatMap((l) => unknownFields(l, LOCAL_INDEX_FIELDS, `LocalSecondaryIndexes[${l.IndexName ?? '?'}].`)),
  ];
}
