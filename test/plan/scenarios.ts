/**
 * The golden scenarios: GIVEN desired and live shapes, THEN these step kinds and diagnostic codes.
 * Each one's text and JSON renderings are pinned in test/golden/<name>.{txt,json}.
 */
import { diffAll } from '../../src/diff/diff-all.js';
import type { Impact } from '../../src/model/change.js';
import type { DiagnosticCode, Plan } from '../../src/model/plan.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { StepKind } from '../../src/model/step.js';
import type { LiveTable, TableShape } from '../../src/model/table-shape.js';
import { liveMap } from '../support/builders.js';
import { AUTOSCALING_SCENARIOS } from './scenarios-autoscaling.js';
import { CONTRIBUTOR_INSIGHTS_SCENARIOS } from './scenarios-contributor-insights.js';
import { ENCRYPTION_SCENARIOS } from './scenarios-encryption.js';
import { INDEX_ON_DEMAND_SCENARIOS } from './scenarios-index-on-demand.js';
import { INDEX_SCENARIOS } from './scenarios-indexes.js';
import { KINESIS_SCENARIOS } from './scenarios-kinesis.js';
import { MULTI_KEY_SCENARIOS } from './scenarios-multi-key.js';
import { PITR_WINDOW_SCENARIOS } from './scenarios-pitr-window.js';
import { RESOURCE_POLICY_SCENARIOS } from './scenarios-resource-policy.js';
import { REPLICA_SCENARIOS } from './scenarios-replicas.js';
import { SETTING_SCENARIOS } from './scenarios-settings.js';
import { WARM_THROUGHPUT_SCENARIOS } from './scenarios-warm-throughput.js';

export interface Scenario {
  readonly name: string;
  readonly desired: readonly TableShape[];
  readonly live: readonly LiveTable[];
  readonly prune?: boolean;
  /** Defaults to the names of `live`. */
  readonly liveTableNames?: readonly string[];
  /** Expected steps of the first table, in order. */
  readonly steps: readonly StepKind[];
  readonly impact: Impact;
  /** Expected diagnostic codes of the first table, in order. */
  readonly codes?: readonly DiagnosticCode[];
}

export const SCENARIOS: readonly Scenario[] = [...INDEX_SCENARIOS, ...SETTING_SCENARIOS, ...MULTI_KEY_SCENARIOS, ...ENCRYPTION_SCENARIOS, ...PITR_WINDOW_SCENARIOS, ...WARM_THROUGHPUT_SCENARIOS, ...INDEX_ON_DEMAND_SCENARIOS, ...CONTRIBUTOR_INSIGHTS_SCENARIOS, ...RESOURCE_POLICY_SCENARIOS, ...KINESIS_SCENARIOS, ...AUTOSCALING_SCENARIOS, ...REPLICA_SCENARIOS];

/** WHEN: diff every desired table against the live ones and build the plan. */
export function planOf(s: Scenario): Plan {
  const liveTables = liveMap(...s.live);
  const liveTableNames = s.liveTableNames ?? s.live.map((t) => t.shape.name);
  return buildPlan(diffAll(s.desired, liveTables, { prune: s.prune ?? false, liveTableNames }), liveTables);
}

export function scenario(name: string): Scenario {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}
