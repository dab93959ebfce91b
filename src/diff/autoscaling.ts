/**
 * Autoscaling (docs/dynamodb-rules.md, "Autoscaling"): while a range is declared for a capacity, the
 * capacity belongs to Application Auto Scaling. So the diff never compares it with the spec's units
 * (terraform-provider-aws #671's perpetual diff): the live value is adopted, and the range itself is
 * what is compared. A live capacity outside the declared range is a change of the range's own
 * (registered again, which moves the capacity inside), never an UpdateTable that would fight the
 * scaler. Pure.
 */
import type { SettingChange } from '../model/change.js';
import { clampToRange, DIMENSIONS, inRange, sameRange, scalingOf, type CapacityDimension } from '../model/autoscaling.js';
import type { GlobalIndexShape, ProvisionedCapacity, ScalingRange, TableShape } from '../model/table-shape.js';
import { compareCodeUnits } from '../model/order.js';

type ModifyAutoscaling = Extract<SettingChange, { kind: 'ModifyAutoscaling' }>;

/** What a scaled capacity of the spec becomes, given its range and the live units. */
type Pick = (range: ScalingRange, live: number) => number;

/** The diff's rule: the live units, whatever they are (a capacity outside is the range's change). */
export const LIVE_UNITS: Pick = (_r, live) => live;

/** Verification's rule: where the register left it, inside the range (the live units when already inside). */
export const UNITS_IN_RANGE: Pick = (r, live) => clampToRange(r, live);

function adoptCapacity(own: ProvisionedCapacity, live: ProvisionedCapacity, ranges: { read: ScalingRange | null; write: ScalingRange | null }, pick: Pick): ProvisionedCapacity {
  return {
    read: ranges.read ? pick(ranges.read, live.read) : own.read,
    write: ranges.write ? pick(ranges.write, live.write) : own.write,
  };
}

/**
 * `desired` with the live units of every scaled capacity (table and same-named GSIs), as `pick`
 * says, where both sides are provisioned. Inputs are not mutated.
 */
export function adoptScaledCapacity(desired: TableShape, live: TableShape, pick: Pick = LIVE_UNITS): TableShape {
  const d = desired.billing;
  const l = live.billing;
  if (d.mode !== 'PROVISIONED' || l.mode !== 'PROVISIONED') return desired;
  const scaling = desired.autoscaling;
  const liveIndexes = new Map(live.globalIndexes.map((g) => [g.name, g]));
  const index = (g: GlobalIndexShape): GlobalIndexShape => {
    const li = liveIndexes.get(g.name);
    const ranges = scalingOf(scaling, g.name);
    if (!g.capacity || !li?.capacity || (!ranges.read && !ranges.write)) return g;
    return { ...g, capacity: adoptCapacity(g.capacity, li.capacity, ranges, pick) };
  };
  return { ...desired, billing: { ...d, ...adoptCapacity(d, l, scaling.table, pick) }, globalIndexes: desired.globalIndexes.map(index) };
}

/** The live units of one capacity, when the live table has it provisioned. */
function liveUnits(live: TableShape, index: string | null, dimension: CapacityDimension): number | null {
  if (index === null) return live.billing.mode === 'PROVISIONED' ? live.billing[dimension] : null;
  return live.globalIndexes.find((g) => g.name === index)?.capacity?.[dimension] ?? null;
}

/**
 * One change per capacity whose range differs, or whose live units are outside the declared range:
 * the table's, then each GSI's by name (those the spec has, then live ones it drops). An index the
 * plan creates or rebuilds (`fresh`) starts over: its live range (a target left registered) is
 * deregistered before, the declared one registered after.
 */
export function diffAutoscaling(desired: TableShape, live: TableShape, fresh: ReadonlySet<string>): ModifyAutoscaling[] {
  const names = [...new Set([...desired.globalIndexes.map((g) => g.name), ...Object.keys(live.autoscaling.indexes)])].sort(compareCodeUnits);
  const out: ModifyAutoscaling[] = [];
  for (const index of [null, ...names]) {
    const want = scalingOf(desired.autoscaling, index);
    const have = scalingOf(live.autoscaling, index);
    const renewed = index !== null && fresh.has(index);
    for (const dimension of DIMENSIONS) {
      const from = have[dimension];
      const to = want[dimension];
      const units = renewed ? null : liveUnits(live, index, dimension);
      const outside = to !== null && units !== null && !inRange(to, units) ? units : null;
      const changed = renewed ? from !== null || to !== null : !sameRange(from, to) || outside !== null;
      if (changed) out.push({ kind: 'ModifyAutoscaling', index, dimension, from, to, outside });
    }
  }
  return out;
}
