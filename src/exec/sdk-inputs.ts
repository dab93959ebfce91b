/**
 * Model → SDK request shapes for the steps that need more than one field. Pure: the live table's
 * normalised shape is passed in where a request depends on it.
 */
import type {
  AttributeDefinition,
  CreateGlobalSecondaryIndexAction,
  CreateTableCommandInput,
  GlobalSecondaryIndexUpdate,
  KeySchemaElement,
  OnDemandThroughput,
  Projection as SdkProjection,
  SSESpecification,
  UpdateContributorInsightsCommandInput,
  DisableKinesisStreamingDestinationCommandInput,
  EnableKinesisStreamingDestinationCommandInput,
  UpdateKinesisStreamingDestinationCommandInput,
  UpdateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DescribedShape } from '../live/normalise-live.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Step } from '../model/step.js';
import type { Encryption, Feature, GlobalIndexShape, IndexKey, KeyAttribute, OnDemandLimits, Projection, TableShape } from '../model/table-shape.js';

type UpdateThroughputStep = Extract<Step, { kind: 'UpdateThroughput' }>;

/** The definitions of exactly these key attributes (CreateTable rejects unused ones). */
export function attributeDefinitions(table: string, attrs: readonly (KeyAttribute | null)[]): AttributeDefinition[] {
  const seen = new Map<string, KeyAttribute>();
  for (const a of attrs) {
    if (!a) continue;
    const prev = seen.get(a.name);
    if (prev && prev.type !== a.type) {
      throw new DdbMigrateError({
        code: 'EXEC_KEY_TYPE_CONFLICT',
        table,
        message: `attribute ${a.name} is a key of type ${prev.type} and of type ${a.type}`,
        hint: 'An attribute has one type in every key and index of a table; fix the table file.',
      });
    }
    seen.set(a.name, a);
  }
  return [...seen.values()].map((a) => ({ AttributeName: a.name, AttributeType: a.type }));
}

export function keySchema(pk: KeyAttribute, sk: KeyAttribute | null): KeySchemaElement[] {
  const schema: KeySchemaElement[] = [{ AttributeName: pk.name, KeyType: 'HASH' }];
  if (sk) schema.push({ AttributeName: sk.name, KeyType: 'RANGE' });
  return schema;
}

/** A GSI's key schema: every partition-key attribute (HASH), then every sort-key one (RANGE), in order. */
export function indexKeySchema(pk: IndexKey, sk: IndexKey): KeySchemaElement[] {
  return [
    ...pk.map((a): KeySchemaElement => ({ AttributeName: a.name, KeyType: 'HASH' })),
    ...sk.map((a): KeySchemaElement => ({ AttributeName: a.name, KeyType: 'RANGE' })),
  ];
}

export function sdkProjection(p: Projection): SdkProjection {
  return p.type === 'INCLUDE' ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...p.attributes] } : { ProjectionType: p.type };
}

/** DynamoDB's form of on-demand maximums (-1 = none); undefined when there are none to set. */
export function sdkOnDemand(limits: OnDemandLimits | null): OnDemandThroughput | undefined {
  if (!limits || (limits.maxRead === null && limits.maxWrite === null)) return undefined;
  return { MaxReadRequestUnits: limits.maxRead ?? -1, MaxWriteRequestUnits: limits.maxWrite ?? -1 };
}

/**
 * SSESpecification for an encryption (API_SSESpecification): `Enabled: false` is the AWS owned key,
 * `Enabled: true` with `SSEType: KMS` the AWS managed key, plus `KMSMasterKeyId` a customer managed one.
 */
export function sseSpecification(sse: Encryption | null): SSESpecification {
  if (sse === null) return { Enabled: false };
  return { Enabled: true, SSEType: 'KMS', ...(sse.kmsKey !== null ? { KMSMasterKeyId: sse.kmsKey } : {}) };
}

type WarmStep = Extract<Step, { kind: 'UpdateWarmThroughput' }>;

const sdkWarm = (s: { readonly read?: number; readonly write?: number }) => ({
  ...(s.read !== undefined ? { ReadUnitsPerSecond: s.read } : {}),
  ...(s.write !== undefined ? { WriteUnitsPerSecond: s.write } : {}),
});

/**
 * UpdateTable raising warm throughput (API_WarmThroughput): only the sides still below the step's
 * values, read from the table as described just before the call; null when nothing is left.
 */
export function updateWarmInput(step: WarmStep, live: DescribedShape): UpdateTableCommandInput | null {
  const below = (want: { read?: number; write?: number }, have: { read: number; write: number } | null) => ({
    ...(want.read !== undefined && (have === null || have.read < want.read) ? { read: want.read } : {}),
    ...(want.write !== undefined && (have === null || have.write < want.write) ? { write: want.write } : {}),
  });
  const input: UpdateTableCommandInput = { TableName: step.table };
  const own = step.tableWarm ? below(step.tableWarm, live.warmThroughput) : {};
  if (Object.keys(own).length > 0) input.WarmThroughput = sdkWarm(own);
  const liveIndexes = new Map(live.globalIndexes.map((g) => [g.name, g]));
  const updates: GlobalSecondaryIndexUpdate[] = [];
  for (const ix of step.indexes) {
    const cur = liveIndexes.get(ix.name);
    if (!cur) continue;
    const sides = below(ix, cur.warmThroughput);
    if (Object.keys(sides).length > 0) updates.push({ Update: { IndexName: ix.name, WarmThroughput: sdkWarm(sides) } });
  }
  if (updates.length > 0) input.GlobalSecondaryIndexUpdates = updates;
  return Object.keys(input).length > 1 ? input : null;
}

/** UpdateTable that switches the encryption and nothing else (it must not be combined with other changes). */
export function updateSseInput(table: string, sse: Encryption | null): UpdateTableCommandInput {
  return { TableName: table, SSESpecification: sseSpecification(sse) };
}

function indexThroughput(table: string, index: GlobalIndexShape, mode: 'PROVISIONED' | 'PAY_PER_REQUEST') {
  if (mode === 'PAY_PER_REQUEST') {
    const od = sdkOnDemand(index.onDemand);
    return od ? { OnDemandThroughput: od } : {};
  }
  if (!index.capacity) {
    throw new DdbMigrateError({
      code: 'EXEC_INDEX_CAPACITY_MISSING',
      table,
      message: `index ${index.name} of a PROVISIONED table has no read/write capacity`,
      hint: 'This is a planner bug: indexes of provisioned tables always carry capacity. Please report it.',
    });
  }
  return { ProvisionedThroughput: { ReadCapacityUnits: index.capacity.read, WriteCapacityUnits: index.capacity.write } };
}

/** CreateTable for a whole shape. TTL and PITR have their own APIs and steps. */
export function createTableInput(shape: TableShape, unsupported: ReadonlySet<Feature>): CreateTableCommandInput {
  const t = shape.name;
  const mode = shape.billing.mode;
  const input: CreateTableCommandInput = {
    TableName: t,
    AttributeDefinitions: attributeDefinitions(t, [
      shape.partitionKey,
      shape.sortKey,
      ...shape.globalIndexes.flatMap((g) => [...g.partitionKey, ...g.sortKey]),
      ...shape.localIndexes.map((l) => l.sortKey),
    ]),
    KeySchema: keySchema(shape.partitionKey, shape.sortKey),
    BillingMode: mode,
    DeletionProtectionEnabled: shape.deletionProtection,
  };
  if (shape.billing.mode === 'PROVISIONED') {
    input.ProvisionedThroughput = { ReadCapacityUnits: shape.billing.read, WriteCapacityUnits: shape.billing.write };
  } else {
    const od = sdkOnDemand(shape.billing);
    if (od) input.OnDemandThroughput = od;
  }
  if (shape.globalIndexes.length > 0) {
    input.GlobalSecondaryIndexes = shape.globalIndexes.map((g) => ({
      IndexName: g.name,
      KeySchema: indexKeySchema(g.partitionKey, g.sortKey),
      Projection: sdkProjection(g.projection),
      ...indexThroughput(t, g, mode),
      ...(g.warmThroughput && !unsupported.has('warmThroughput') ? { WarmThroughput: sdkWarm(g.warmThroughput) } : {}),
    }));
  }
  if (shape.localIndexes.length > 0) {
    input.LocalSecondaryIndexes = shape.localIndexes.map((l) => ({
      IndexName: l.name,
      KeySchema: keySchema(shape.partitionKey, l.sortKey),
      Projection: sdkProjection(l.projection),
    }));
  }
  if (shape.stream) input.StreamSpecification = { StreamEnabled: true, StreamViewType: shape.stream };
  if (!unsupported.has('tableClass')) input.TableClass = shape.tableClass;
  // Only when not the default, so a CreateTable for the AWS owned key is the request it always was.
  if (shape.sse !== null && !unsupported.has('sse')) input.SSESpecification = sseSpecification(shape.sse);
  if (shape.warmThroughput && !unsupported.has('warmThroughput')) input.WarmThroughput = sdkWarm(shape.warmThroughput);
  const tags = Object.entries(shape.tags);
  if (tags.length > 0 && !unsupported.has('tags')) input.Tags = tags.map(([Key, Value]) => ({ Key, Value }));
  return input;
}

/** UpdateTable that builds one GSI, with the definitions of its key attributes. */
export function createIndexInput(
  table: string,
  index: GlobalIndexShape,
  mode: 'PROVISIONED' | 'PAY_PER_REQUEST',
  unsupported: ReadonlySet<Feature> = new Set(),
): UpdateTableCommandInput {
  const create: CreateGlobalSecondaryIndexAction = {
    IndexName: index.name,
    KeySchema: indexKeySchema(index.partitionKey, index.sortKey),
    Projection: sdkProjection(index.projection),
    ...indexThroughput(table, index, mode),
    ...(index.warmThroughput && !unsupported.has('warmThroughput') ? { WarmThroughput: sdkWarm(index.warmThroughput) } : {}),
  };
  return {
    TableName: table,
    AttributeDefinitions: attributeDefinitions(table, [...index.partitionKey, ...index.sortKey]),
    GlobalSecondaryIndexUpdates: [{ Create: create }],
  };
}

const sameOnDemand = (want: OnDemandThroughput, live: OnDemandLimits | null) =>
  (want.MaxReadRequestUnits ?? -1) === (live?.maxRead ?? -1) && (want.MaxWriteRequestUnits ?? -1) === (live?.maxWrite ?? -1);

/**
 * UpdateTable for billing mode and throughput of the table and its indexes, leaving out every part
 * already in place: DynamoDB rejects "the requested throughput value equals the current value", and
 * an apply re-run after an interruption must not fail on what the first run did. Null: nothing left.
 * `live` is the table as described just before the call (indexes being deleted left out).
 */
export function updateThroughputInput(step: UpdateThroughputStep, live: DescribedShape): UpdateTableCommandInput | null {
  const t = step.table;
  const switching = live.billing.mode !== step.billing.mode;
  const input: UpdateTableCommandInput = { TableName: t };
  if (switching) input.BillingMode = step.billing.mode;

  if (step.billing.mode === 'PROVISIONED') {
    const cur = live.billing.mode === 'PROVISIONED' ? live.billing : null;
    if (switching || cur?.read !== step.billing.read || cur?.write !== step.billing.write) {
      input.ProvisionedThroughput = { ReadCapacityUnits: step.billing.read, WriteCapacityUnits: step.billing.write };
    }
  } else {
    const want = sdkOnDemand(step.billing) ?? (switching ? undefined : { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 });
    if (want && !sameOnDemand(want, live.billing.mode === 'PAY_PER_REQUEST' ? live.billing : null)) input.OnDemandThroughput = want;
  }

  const updates: GlobalSecondaryIndexUpdate[] = [];
  const liveIndexes = new Map(live.globalIndexes.map((g) => [g.name, g]));
  for (const ix of step.indexes) {
    const cur = liveIndexes.get(ix.name);
    if (!cur) continue; // dropped meanwhile; verification reports it if the plan expected it
    if (step.billing.mode === 'PROVISIONED') {
      if (!ix.capacity) continue;
      if (switching || cur.capacity?.read !== ix.capacity.read || cur.capacity?.write !== ix.capacity.write) {
        updates.push({ Update: { IndexName: ix.name, ProvisionedThroughput: { ReadCapacityUnits: ix.capacity.read, WriteCapacityUnits: ix.capacity.write } } });
      }
    } else {
      const want = sdkOnDemand(ix.onDemand) ?? { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 };
      if (!sameOnDemand(want, cur.onDemand)) updates.push({ Update: { IndexName: ix.name, OnDemandThroughput: want } });
    }
  }
  if (switching && step.billing.mode === 'PROVISIONED') {
    // DynamoDB requires the capacity of every GSI when a table becomes PROVISIONED.
    const given = new Set(step.indexes.filter((i) => i.capacity).map((i) => i.name));
    const missing = [...liveIndexes.keys()].filter((n) => !given.has(n));
    if (missing.length > 0) {
      throw new DdbMigrateError({
        code: 'EXEC_INDEX_CAPACITY_MISSING',
        table: t,
        message: `switching to PROVISIONED needs the capacity of every index; none given for ${missing.join(', ')}`,
        hint: 'Run `ddb-migrate plan` again: the plan was made before these indexes existed.',
      });
    }
  }
  if (updates.length > 0) input.GlobalSecondaryIndexUpdates = updates;
  const changes = Object.keys(input).filter((k) => k !== 'TableName');
  return changes.length > 0 ? input : null;
}

type InsightsStep = Extract<Step, { kind: 'UpdateContributorInsights' }>;

/** UpdateContributorInsights: ENABLE with the mode, or DISABLE (API_UpdateContributorInsights). */
export function updateInsightsInput(step: InsightsStep): UpdateContributorInsightsCommandInput {
  return {
    TableName: step.table,
    ...(step.index !== null ? { IndexName: step.index } : {}),
    ContributorInsightsAction: step.mode === null ? 'DISABLE' : 'ENABLE',
    ...(step.mode !== null ? { ContributorInsightsMode: step.mode } : {}),
  };
}

type KinesisStep = Extract<Step, { kind: 'UpdateKinesisDestination' }>;

/** The Enable / Update / DisableKinesisStreamingDestination request of the step. */
export type KinesisRequest =
  | { readonly op: 'Enable'; readonly input: EnableKinesisStreamingDestinationCommandInput }
  | { readonly op: 'Update'; readonly input: UpdateKinesisStreamingDestinationCommandInput }
  | { readonly op: 'Disable'; readonly input: DisableKinesisStreamingDestinationCommandInput };

export function kinesisInput(step: KinesisStep): KinesisRequest {
  const base = { TableName: step.table, StreamArn: step.streamArn };
  const precision = { ApproximateCreationDateTimePrecision: step.precision };
  if (step.action === 'disable') return { op: 'Disable', input: base };
  if (step.action === 'update') return { op: 'Update', input: { ...base, UpdateKinesisStreamingConfiguration: precision } };
  return { op: 'Enable', input: { ...base, EnableKinesisStreamingConfiguration: precision } };
}
