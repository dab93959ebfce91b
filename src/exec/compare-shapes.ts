/**
 * Expected vs. live TableShape, field by field, for post-apply verification. Pure. Features the
 * endpoint does not support are masked: they cannot match and are reported elsewhere.
 */
import { adoptLiveKey } from '../diff/kms-key.js';
import { adoptScaledCapacity, UNITS_IN_RANGE } from '../diff/autoscaling.js';
import type { Feature, GlobalIndexShape, TableShape } from '../model/table-shape.js';
import { SETTING_WORDS, verifyGlobalIndexFields, verifyLocalIndexFields, verifySettingLabel, type TableSetting } from '../model/labels.js';

export interface ShapeMismatch {
  /** Dotted path, e.g. `globalIndexes.by-user.capacity`. */
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
}

type Check = (push: (field: string, e: string, a: string) => void) => void;

function field(push: (f: string, e: string, a: string) => void, f: string, e: string, a: string): void {
  if (e !== a) push(f, e, a);
}

function indexes<T extends { readonly name: string }>(
  label: string,
  expected: readonly T[],
  actual: readonly T[],
  fields: (i: T) => Record<string, string>,
): Check {
  return (push) => {
    const live = new Map(actual.map((i) => [i.name, i]));
    for (const e of expected) {
      const a = live.get(e.name);
      if (!a) {
        push(`${label}.${e.name}`, 'present', 'absent');
        continue;
      }
      const fe = fields(e);
      const fa = fields(a);
      for (const k of Object.keys(fe)) field(push, `${label}.${e.name}.${k}`, fe[k] ?? '', fa[k] ?? '');
    }
    const wanted = new Set(expected.map((i) => i.name));
    for (const a of actual) if (!wanted.has(a.name)) push(`${label}.${a.name}`, 'absent', 'present');
  };
}

/** The order mismatches are reported in: keys and billing, the indexes, then the other settings. */
const BEFORE_INDEXES: readonly TableSetting[] = ['partitionKey', 'sortKey', 'billing'];
const AFTER_INDEXES: readonly TableSetting[] = ['stream', 'ttl', 'pointInTimeRecovery', 'pointInTimeRecoveryDays', 'deletionProtection', 'tableClass', 'sse', 'warmThroughput', 'contributorInsights', 'resourcePolicy', 'kinesisDestination', 'autoscaling', 'tags'];

/** Every difference between `expected` and `actual`, ignoring the `masked` features. */
export function compareShapes(target: TableShape, actual: TableShape, masked: ReadonlySet<Feature> = new Set()): ShapeMismatch[] {
  // A KMS key the spec names by alias or id matches the key ARN the table reports (diff/kms-key.ts).
  // An autoscaled capacity is the scaler's: any units inside the range match (where the register
  // left them); units outside it do not.
  const expected = masked.has('autoscaling') ? adoptLiveKey(target, actual) : adoptScaledCapacity(adoptLiveKey(target, actual), actual, UNITS_IN_RANGE);
  const out: ShapeMismatch[] = [];
  const push = (f: string, e: string, a: string) => out.push({ field: f, expected: e, actual: a });
  const settings = (list: readonly TableSetting[]) => {
    for (const s of list) {
      const feature = SETTING_WORDS[s].feature;
      if (feature && masked.has(feature)) continue;
      // The recovery period goes with PITR: an endpoint without PITR has no period either.
      if (s === 'pointInTimeRecoveryDays' && masked.has('pointInTimeRecovery')) continue;
      // A warm throughput the plan does not manage is whatever the table has.
      if (s === 'warmThroughput' && expected.warmThroughput === null) continue;
      field(push, s, verifySettingLabel(s, expected[s]), verifySettingLabel(s, actual[s]));
    }
  };
  settings(BEFORE_INDEXES);
  // An endpoint that ignores per-GSI maximums cannot be checked on them either.
  const globalFields = (g: GlobalIndexShape) => {
    const { onDemand, warmThroughput, ...rest } = verifyGlobalIndexFields(g);
    return {
      ...rest,
      ...(masked.has('globalIndexOnDemand') ? {} : { onDemand: onDemand ?? 'none' }),
      ...(warmThroughput !== undefined && !masked.has('warmThroughput') ? { warmThroughput } : {}),
    };
  };
  indexes('globalIndexes', expected.globalIndexes, actual.globalIndexes, globalFields)(push);
  indexes('localIndexes', expected.localIndexes, actual.localIndexes, verifyLocalIndexFields)(push);
  settings(AFTER_INDEXES);
  return out;
}
