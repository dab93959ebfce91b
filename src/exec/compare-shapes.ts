/**
 * Expected vs. live TableShape, field by field, for post-apply verification. Pure. Features the
 * endpoint does not support are masked: they cannot match and are reported elsewhere.
 */
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
const AFTER_INDEXES: readonly TableSetting[] = ['stream', 'ttl', 'pointInTimeRecovery', 'deletionProtection', 'tableClass', 'tags'];

/** Every difference between `expected` and `actual`, ignoring the `masked` features. */
export function compareShapes(expected: TableShape, actual: TableShape, masked: ReadonlySet<Feature> = new Set()): ShapeMismatch[] {
  const out: ShapeMismatch[] = [];
  const push = (f: string, e: string, a: string) => out.push({ field: f, expected: e, actual: a });
  const settings = (list: readonly TableSetting[]) => {
    for (const s of list) {
      const feature = SETTING_WORDS[s].feature;
      if (feature && masked.has(feature)) continue;
      field(push, s, verifySettingLabel(s, expected[s]), verifySettingLabel(s, actual[s]));
    }
  };
  settings(BEFORE_INDEXES);
  // An endpoint that ignores per-GSI maximums cannot be checked on them either.
  const globalFields = masked.has('globalIndexOnDemand')
    ? (g: GlobalIndexShape) => {
        const { onDemand: _ignored, ...rest } = verifyGlobalIndexFields(g);
        return rest;
      }
    : verifyGlobalIndexFields;
  indexes('globalIndexes', expected.globalIndexes, actual.globalIndexes, globalFields)(push);
  indexes('localIndexes', expected.localIndexes, actual.localIndexes, verifyLocalIndexFields)(push);
  settings(AFTER_INDEXES);
  return out;
}
