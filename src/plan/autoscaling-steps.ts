/**
 * Application Auto Scaling steps (docs/dynamodb-rules.md, "Autoscaling"). Each capacity (the table's
 * or a GSI's read or write) is one scalable target with one target tracking policy:
 * - a range goes away with DeregisterScalableTarget (its policy goes with it), before any DynamoDB
 *   change: a switch to on-demand must not leave targets behind (the SDK's UpdateTable keeps them),
 *   and a dropped or rebuilt index (or a deleted table) does not take its targets along;
 * - a range is set with RegisterScalableTarget (min, max) and PutScalingPolicy (target utilization),
 *   after the DynamoDB changes: the capacity must be provisioned (a switch to PROVISIONED first) and
 *   the index must exist. A register whose range did not move is still made when the live units are
 *   outside it: it moves them inside (API_RegisterScalableTarget), instead of an UpdateTable that
 *   would fight the scaler.
 */
import type { SettingChange, TableChange } from '../model/change.js';
import { DIMENSIONS, scalingOf, type CapacityDimension } from '../model/autoscaling.js';
import type { Step } from '../model/step.js';
import type { Autoscaling, ScalingRange } from '../model/table-shape.js';
import { makeStep } from './make-step.js';

type ModifyAutoscaling = Extract<SettingChange, { kind: 'ModifyAutoscaling' }>;
type ModifyTable = Extract<TableChange, { kind: 'ModifyTable' }>;

const MOVES_NOTE = 'Application Auto Scaling moves the capacity inside the range; the wait reads DescribeTable until it is';

/** Indexes this change creates or rebuilds: their targets start over. */
function freshIndexes(change: ModifyTable): Set<string> {
  return new Set(change.changes.flatMap((c) => (c.kind === 'AddGlobalIndex' ? [c.index.name] : c.kind === 'ReplaceGlobalIndex' ? [c.to.name] : [])));
}

const startsOver = (c: ModifyAutoscaling, fresh: ReadonlySet<string>) => c.index !== null && fresh.has(c.index);

function register(table: string, cause: TableChange | SettingChange, index: string | null, dimension: CapacityDimension, to: ScalingRange, notes: readonly string[] = []): Step {
  return makeStep(table, cause, 'capacity-in-range', { kind: 'RegisterScalableTarget', index, dimension, min: to.min, max: to.max }, notes);
}

function policy(table: string, cause: TableChange | SettingChange, index: string | null, dimension: CapacityDimension, to: ScalingRange): Step[] {
  return to.targetUtilization === null ? [] : [makeStep(table, cause, 'none', { kind: 'PutScalingPolicy', index, dimension, targetUtilization: to.targetUtilization })];
}

function deregister(table: string, cause: TableChange | SettingChange, index: string | null, dimension: CapacityDimension): Step {
  return makeStep(table, cause, 'none', { kind: 'DeregisterScalableTarget', index, dimension });
}

/** The first phase of an in-place change: every target that goes away or starts over. */
export function deregisterPhase(routed: readonly SettingChange[], change: ModifyTable): Step[] {
  const fresh = freshIndexes(change);
  return (routed as readonly ModifyAutoscaling[]).flatMap((c) => (c.from !== null && (c.to === null || startsOver(c, fresh)) ? [deregister(change.table, c, c.index, c.dimension)] : []));
}

/** After the DynamoDB changes: each range set, moved, or registered again to bring the units inside. */
export function registerPhase(routed: readonly SettingChange[], change: ModifyTable): Step[] {
  const fresh = freshIndexes(change);
  return (routed as readonly ModifyAutoscaling[]).flatMap((c) => {
    if (c.to === null) return [];
    const anew = c.from === null || startsOver(c, fresh);
    const moved = anew || c.from?.min !== c.to.min || c.from?.max !== c.to.max || c.outside !== null;
    const retarget = anew || c.from?.targetUtilization !== c.to.targetUtilization;
    const notes = c.outside !== null ? [`the capacity is ${c.outside}, outside ${c.to.min}-${c.to.max}: ${MOVES_NOTE}`] : [];
    return [...(moved ? [register(change.table, c, c.index, c.dimension, c.to, notes)] : []), ...(retarget ? policy(change.table, c, c.index, c.dimension, c.to) : [])];
  });
}

/** Each target of `a`: the table, then each GSI (sorted), read before write. */
function targets(a: Autoscaling): { index: string | null; dimension: CapacityDimension; range: ScalingRange }[] {
  return [null, ...Object.keys(a.indexes)].flatMap((index) =>
    DIMENSIONS.flatMap((dimension) => {
      const range = scalingOf(a, index)[dimension];
      return range ? [{ index, dimension, range }] : [];
    }),
  );
}

/** After a CreateTable: register each range and put its policy. */
export function registerAll(table: string, cause: TableChange, a: Autoscaling): Step[] {
  return targets(a).flatMap((t) => [register(table, cause, t.index, t.dimension, t.range), ...policy(table, cause, t.index, t.dimension, t.range)]);
}

/** Before a DeleteTable: deregister each target the live table has (they outlive the table otherwise). */
export function deregisterAll(table: string, cause: TableChange, a: Autoscaling): Step[] {
  return targets(a).map((t) => deregister(table, cause, t.index, t.dimension));
}
