/**
 * Golden scenarios for autoscaling ranges (issue 15.1): a range added (register, then its target
 * tracking policy), widened (register again), removed (deregister, then the fixed units); a live
 * capacity inside the range is no change, outside it is a register that moves it inside (never an
 * UpdateTable against the scaler); a switch to on-demand deregisters first, to provisioned registers
 * after; a new table with two GSIs registers each range; an endpoint without Application Auto
 * Scaling (DynamoDB Local) never shows a diff.
 */
import type { Autoscaling, CapacityScaling, GlobalIndexShape, ScalingRange } from '../../src/model/table-shape.js';
import { gsi, live, onDemand, provisioned, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const r = (min: number, max: number, targetUtilization: number | null = 70): ScalingRange => ({ min, max, targetUtilization });
const both = (range: ScalingRange): CapacityScaling => ({ read: range, write: range });
const NONE: CapacityScaling = { read: null, write: null };
const scaling = (t: CapacityScaling, indexes: Record<string, CapacityScaling> = {}): Autoscaling => ({ table: t, indexes });
const OFF = scaling(NONE);

/** A provisioned `messages` with `read` / `write` units, its ranges and GSIs (each with its units). */
const prov = (read: number, write: number, a: Autoscaling, indexes: GlobalIndexShape[] = []) =>
  table({ billing: provisioned(read, write), autoscaling: a, globalIndexes: indexes });
const idx = (name: string, read: number, write: number) => gsi(name, { capacity: { read, write }, onDemand: null });

export const AUTOSCALING_SCENARIOS: readonly Scenario[] = [
  {
    name: 'autoscaling-range-added',
    desired: [prov(5, 5, scaling({ read: r(5, 100), write: null }))],
    live: [live(prov(5, 5, OFF))],
    steps: ['RegisterScalableTarget', 'PutScalingPolicy'],
    impact: 'update',
  },
  {
    // Only the range moves: one register, the policy stays.
    name: 'autoscaling-range-widened',
    desired: [prov(5, 5, scaling({ read: r(5, 200), write: null }))],
    live: [live(prov(40, 5, scaling({ read: r(5, 100), write: null })))],
    steps: ['RegisterScalableTarget'],
    impact: 'update',
  },
  {
    // Back to fixed units: the target goes first (it would move them again), then the units.
    name: 'autoscaling-range-removed',
    desired: [prov(10, 5, OFF)],
    live: [live(prov(40, 5, scaling({ read: r(5, 100), write: null })))],
    steps: ['DeregisterScalableTarget', 'UpdateThroughput'],
    impact: 'update',
    codes: ['DM105_CAPACITY_DECREASE_LIMIT'],
  },
  {
    // The scaler moved the table to 40 and the GSI to 12, inside their ranges: nothing to do.
    name: 'autoscaling-capacity-inside-range',
    desired: [prov(5, 5, scaling(both(r(5, 100)), { 'by-user': both(r(5, 50)) }), [idx('by-user', 5, 5)])],
    live: [live(prov(40, 7, scaling(both(r(5, 100)), { 'by-user': both(r(5, 50)) }), [idx('by-user', 12, 30)]))],
    steps: [],
    impact: 'no-op',
  },
  {
    // Someone set 150 by hand: the range is registered again, which moves it inside; no UpdateTable.
    name: 'autoscaling-capacity-outside-range',
    desired: [prov(5, 5, scaling({ read: r(5, 100), write: null }))],
    live: [live(prov(150, 5, scaling({ read: r(5, 100), write: null })))],
    steps: ['RegisterScalableTarget'],
    impact: 'update',
  },
  {
    name: 'autoscaling-billing-to-on-demand',
    desired: [table({ billing: onDemand(), autoscaling: OFF, globalIndexes: [gsi('by-user', { capacity: null, onDemand: { maxRead: null, maxWrite: null } })] })],
    live: [live(prov(40, 7, scaling(both(r(5, 100)), { 'by-user': both(r(5, 50)) }), [idx('by-user', 12, 30)]))],
    steps: ['DeregisterScalableTarget', 'DeregisterScalableTarget', 'DeregisterScalableTarget', 'DeregisterScalableTarget', 'UpdateThroughput'],
    impact: 'update',
    codes: ['DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'autoscaling-billing-to-provisioned',
    desired: [prov(5, 5, scaling(both(r(5, 100)), { 'by-user': both(r(5, 50)) }), [idx('by-user', 5, 5)])],
    live: [live(table({ billing: onDemand(), globalIndexes: [gsi('by-user', { capacity: null, onDemand: { maxRead: null, maxWrite: null } })] }))],
    steps: ['UpdateThroughput', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy'],
    impact: 'update',
    codes: ['DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'autoscaling-create-table-with-two-gsis',
    desired: [prov(5, 5, scaling({ read: r(5, 100), write: null }, { 'by-group': { read: r(5, 20, 50), write: null }, 'by-user': { read: r(5, 100), write: null } }), [idx('by-group', 5, 5), idx('by-user', 5, 5)])],
    live: [],
    steps: ['CreateTable', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy'],
    impact: 'create',
  },
  {
    // A GSI added to an autoscaled table takes the table's range: registered after the index exists.
    name: 'autoscaling-new-gsi-registers-after-create',
    desired: [prov(5, 5, scaling({ read: r(5, 100), write: null }, { 'by-user': { read: r(5, 100), write: null } }), [idx('by-user', 5, 5)])],
    live: [live(prov(40, 5, scaling({ read: r(5, 100), write: null })))],
    steps: ['CreateGlobalIndex', 'RegisterScalableTarget', 'PutScalingPolicy'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL'],
  },
  {
    // DynamoDB Local: no Application Auto Scaling; the range and the live units are never a change.
    name: 'autoscaling-unsupported-endpoint-masked',
    desired: [prov(5, 5, scaling({ read: r(5, 100), write: null }))],
    live: [live(prov(150, 5, OFF), { unsupported: ['autoscaling'] })],
    steps: [],
    impact: 'no-op',
  },
];
