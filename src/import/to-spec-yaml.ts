/**
 * A live table's canonical shape → the text of a table file that normalises back to the same
 * shape. Fields at their documented default are left out (billing and index projections are
 * always written: they are what a reviewer looks for first); features the endpoint does not
 * report are left out with a comment saying so. Pure.
 */
import { Document, isMap, isSeq, type Node } from 'yaml';
import type {
  Autoscaling,
  Billing,
  CapacityScaling,
  ScalingRange,
  ContributorInsightsMode,
  Feature,
  GlobalIndexShape,
  IndexKey,
  KeyAttribute,
  LocalIndexShape,
  Projection,
  TableShape,
} from '../model/table-shape.js';
import { SPEC_DEFAULTS } from '../desired/defaults.js';
import type { CapacityDoc } from '../desired/spec-doc.js';
import { AUTOSCALING_OFF, DEFAULT_TARGET_UTILIZATION, scalingOf } from '../model/autoscaling.js';
import type { UnmappedField } from './unmapped-fields.js';
import { replicasYaml } from './replicas-yaml.js';

export interface SpecYamlOptions {
  /** Path or URL of table.schema.json for the `yaml-language-server` comment, relative to the file. */
  readonly schema?: string;
  /** Fields of the description the format cannot express (unmapped-fields.ts): written as a comment. */
  readonly unmapped?: readonly UnmappedField[];
}

/** Where an installed package's schema sits, seen from `tables/`. */
export const DEFAULT_SCHEMA_REF = '../node_modules/@ddb-migrate/cli/schema/table.schema.json';

/**
 * The field of each feature, in the order the fields appear in a table file; null when the endpoint
 * still reports the value (per-GSI maximums are described, only their updates are ignored).
 */
const FEATURE_FIELD: Readonly<Record<Feature, string | null>> = {
  stream: 'stream',
  ttl: 'ttl',
  pointInTimeRecovery: 'pointInTimeRecovery',
  tableClass: 'tableClass',
  sse: 'sse',
  warmThroughput: 'warmThroughput',
  contributorInsights: 'contributorInsights',
  resourcePolicy: 'resourcePolicy',
  kinesisDestination: 'kinesisDestination',
  tags: 'tags',
  replicas: 'replicas',
  globalIndexOnDemand: null,
  // Written with pointInTimeRecovery (its object form) when reported.
  pointInTimeRecoveryPeriod: null,
  // Ranges are written in billing / each GSI's read and write; an endpoint without them (DynamoDB
  // Local) gets fixed units, and a note only for a provisioned table (see scalingNote).
  autoscaling: null,
};

/** The table file for `shape`; `unsupported` features are omitted with a comment. */
export function shapeToSpecYaml(shape: TableShape, unsupported: readonly Feature[], opts: SpecYamlOptions = {}): string {
  const skip = new Set(unsupported);
  const has = (f: Feature) => !skip.has(f);
  // An autoscaled capacity is written as its range (normalise reads it back the same way).
  const scaling = has('autoscaling') ? shape.autoscaling : AUTOSCALING_OFF;
  const spec: Record<string, unknown> = {
    table: shape.name,
    partitionKey: key(shape.partitionKey),
    ...(shape.sortKey ? { sortKey: key(shape.sortKey) } : {}),
    billing: billing(shape.billing, scaling.table),
  };
  if (shape.globalIndexes.length > 0) spec['globalSecondaryIndexes'] = shape.globalIndexes.map((g) => globalIndex(g, shape.billing, scaling, has('contributorInsights') ? shape.contributorInsights.indexes[g.name] : undefined));
  if (shape.localIndexes.length > 0) spec['localSecondaryIndexes'] = shape.localIndexes.map(localIndex);
  if (has('stream') && shape.stream !== SPEC_DEFAULTS.stream) spec['stream'] = shape.stream;
  if (has('ttl') && shape.ttl !== SPEC_DEFAULTS.ttl) spec['ttl'] = { attribute: shape.ttl };
  if (has('pointInTimeRecovery') && shape.pointInTimeRecovery !== SPEC_DEFAULTS.pointInTimeRecovery) {
    spec['pointInTimeRecovery'] =
      shape.pointInTimeRecoveryDays === null ? shape.pointInTimeRecovery : { enabled: true, recoveryPeriodDays: shape.pointInTimeRecoveryDays };
  }
  if (shape.deletionProtection !== SPEC_DEFAULTS.deletionProtection) spec['deletionProtection'] = shape.deletionProtection;
  if (has('tableClass') && shape.tableClass !== SPEC_DEFAULTS.tableClass) spec['tableClass'] = shape.tableClass;
  if (has('sse') && shape.sse !== null) spec['sse'] = { type: 'KMS', ...(shape.sse.kmsKey !== null ? { kmsKey: shape.sse.kmsKey } : {}) };
  if (has('warmThroughput') && shape.warmThroughput) spec['warmThroughput'] = { ...shape.warmThroughput };
  if (has('contributorInsights') && shape.contributorInsights.table) spec['contributorInsights'] = shape.contributorInsights.table;
  // Written inline, as the document (a YAML mapping); compared as a document, so this plans as no change.
  if (has('kinesisDestination') && shape.kinesisDestination !== null) {
    const k = shape.kinesisDestination;
    spec['kinesisDestination'] = { streamArn: k.streamArn, ...(k.precision !== 'MILLISECOND' ? { precision: k.precision } : {}) };
  }
  if (has('resourcePolicy') && shape.resourcePolicy !== null) spec['resourcePolicy'] = JSON.parse(shape.resourcePolicy) as unknown;
  if (has('tags') && Object.keys(shape.tags).length > 0) spec['tags'] = { ...shape.tags };
  if (has('replicas') && shape.replicas.length > 0) spec['replicas'] = replicasYaml(shape);

  const doc = new Document(spec);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${opts.schema ?? DEFAULT_SCHEMA_REF}`,
    ' Imported from the live table by `ddb-migrate import`. Fields at their default are left out.',
  ].join('\n');
  // Small mappings read best on one line, as in the examples of the spec reference.
  flow(doc, ['partitionKey'], ['sortKey'], ['billing'], ['billing', 'read'], ['billing', 'write'], ['ttl'], ['sse'], ['pointInTimeRecovery'], ['warmThroughput'], ['kinesisDestination']);
  shape.globalIndexes.forEach((g, i) => {
    flow(doc, ['globalSecondaryIndexes', i, 'read'], ['globalSecondaryIndexes', i, 'write'], ['globalSecondaryIndexes', i, 'partitionKey'], ['globalSecondaryIndexes', i, 'sortKey'], ['globalSecondaryIndexes', i, 'projection'], ['globalSecondaryIndexes', i, 'warmThroughput']);
    const note = onDemandNote(g, shape.billing);
    const node = doc.getIn(['globalSecondaryIndexes', i], true);
    if (note && isMap(node)) node.commentBefore = ` ${note}`;
  });
  shape.localIndexes.forEach((_, i) => flow(doc, ['localSecondaryIndexes', i, 'sortKey'], ['localSecondaryIndexes', i, 'projection']));

  const missing = (Object.keys(FEATURE_FIELD) as Feature[]).filter((f) => skip.has(f)).flatMap((f) => FEATURE_FIELD[f] ?? []);
  if (skip.has('autoscaling') && shape.billing.mode === 'PROVISIONED') missing.push('autoscaling ranges (read / write are the current units)');
  const comment: string[] = [];
  if (missing.length > 0) {
    comment.push(
      ` Not imported: ${missing.join(', ')}. This endpoint does not report ${missing.length === 1 ? 'it' : 'them'},`,
      ' so the plan ignores them here; add them by hand if the table has them elsewhere.',
    );
  }
  const unmapped = opts.unmapped ?? [];
  if (unmapped.length > 0) {
    comment.push(
      ' The live table also has settings this file format cannot express. They were not imported, and',
      ' plan / apply neither see nor change them; manage them outside ddb-migrate:',
      ...unmapped.map((f) => `   ${f.path}: ${f.value.replace(/[\r\n]+/g, ' ')}`),
    );
  }
  if (comment.length > 0) doc.comment = comment.join('\n');
  return doc.toString({ lineWidth: 0 });
}

function key(k: KeyAttribute): { name: string; type: string } {
  return { name: k.name, type: k.type };
}

/** A GSI key in the spec's form: one attribute as a mapping, a multi-attribute key as a list in order. */
function indexKey(k: IndexKey): unknown {
  return k.length === 1 && k[0] ? key(k[0]) : k.map(key);
}

/** A capacity as written: its range (target utilization left out at the default), or the units. */
function capacity(units: number, range: ScalingRange | null): CapacityDoc {
  if (range === null) return units;
  const t = range.targetUtilization;
  return { min: range.min, max: range.max, ...(t !== null && t !== DEFAULT_TARGET_UTILIZATION ? { targetUtilization: t } : {}) };
}

const sameDoc = (a: CapacityDoc, b: CapacityDoc) => JSON.stringify(a) === JSON.stringify(b);

function billing(b: Billing, scaling: CapacityScaling): Record<string, unknown> {
  if (b.mode === 'PROVISIONED') return { mode: b.mode, read: capacity(b.read, scaling.read), write: capacity(b.write, scaling.write) };
  return { mode: b.mode, ...(b.maxRead !== null ? { maxRead: b.maxRead } : {}), ...(b.maxWrite !== null ? { maxWrite: b.maxWrite } : {}) };
}

function projection(p: Projection): unknown {
  return p.type === 'INCLUDE' ? { include: [...p.attributes] } : p.type;
}

function globalIndex(g: GlobalIndexShape, table: Billing, scaling: Autoscaling, insights: ContributorInsightsMode | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: g.name,
    partitionKey: indexKey(g.partitionKey),
    ...(g.sortKey.length > 0 ? { sortKey: indexKey(g.sortKey) } : {}),
    projection: projection(g.projection),
  };
  // An index's capacity (its range included) defaults to the table's; the spec takes both or neither.
  if (table.mode === 'PROVISIONED' && g.capacity) {
    const own = scalingOf(scaling, g.name);
    const read = capacity(g.capacity.read, own.read);
    const write = capacity(g.capacity.write, own.write);
    if (!sameDoc(read, capacity(table.read, scaling.table.read)) || !sameDoc(write, capacity(table.write, scaling.table.write))) {
      out['read'] = read;
      out['write'] = write;
    }
  }
  // An index's on-demand maximums default to the table's: written where they differ (and are set).
  if (table.mode === 'PAY_PER_REQUEST' && g.onDemand) {
    if (g.onDemand.maxRead !== null && g.onDemand.maxRead !== table.maxRead) out['maxRead'] = g.onDemand.maxRead;
    if (g.onDemand.maxWrite !== null && g.onDemand.maxWrite !== table.maxWrite) out['maxWrite'] = g.onDemand.maxWrite;
  }
  if (g.warmThroughput) out['warmThroughput'] = { ...g.warmThroughput };
  if (insights) out['contributorInsights'] = insights;
  return out;
}

/**
 * An index without a maximum on a table with one cannot be written (the spec's index maximums are
 * positive; left out, they are the table's): say so.
 */
function onDemandNote(g: GlobalIndexShape, table: Billing): string | null {
  if (table.mode !== 'PAY_PER_REQUEST' || !g.onDemand) return null;
  const unbounded = (['maxRead', 'maxWrite'] as const).filter((f) => g.onDemand?.[f] === null && table[f] !== null);
  if (unbounded.length === 0) return null;
  return (
    `The live index has no ${unbounded.join(' / ')} while the table has one; a spec gives such an index the ` +
    "table's, so plan will show this index's throughput as a change."
  );
}

function localIndex(l: LocalIndexShape): Record<string, unknown> {
  return { name: l.name, sortKey: key(l.sortKey), projection: projection(l.projection) };
}

function flow(doc: Document, ...paths: (readonly (string | number)[])[]): void {
  for (const path of paths) {
    const node: Node | null | undefined = doc.getIn(path, true) as Node | null | undefined;
    if (isMap(node) || isSeq(node)) node.flow = true;
  }
}
