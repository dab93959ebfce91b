/**
 * `driftProject`: a read-only plan for scheduled checks. Every difference between tables/ and the
 * live tables, field by field ("live X, spec Y"). Never writes, never loads fixtures.
 */
import { driftOf, type TableDrift } from '../diff/drift.js';
import type { Plan } from '../model/plan.js';
import type { TargetInfo } from './events.js';
import type { ProjectOptions } from './options.js';
import { computePlan } from './plan-pipeline.js';
import { withProject } from './project.js';

/** Options of {@link driftProject}. */
export interface DriftProjectOptions extends ProjectOptions {
  /** Only these declared tables. */
  readonly tables?: readonly string[] | undefined;
}

/** What {@link driftProject} found, table by table. */
export interface DriftResult {
  readonly target: TargetInfo;
  /** One entry per table, with its findings (empty when it matches). */
  readonly drift: readonly TableDrift[];
  /** Any table differs. */
  readonly drifted: boolean;
  /** The plan the drift was read from. */
  readonly plan: Plan;
}

/** Compares the declared tables with the live ones. */
export async function driftProject(opts: DriftProjectOptions): Promise<DriftResult> {
  return withProject(opts, async (project) => {
    const { plan } = await computePlan(project, { tables: opts.tables, prune: false });
    const drift = driftOf(plan);
    return { target: project.info, drift, drifted: drift.some((t) => t.findings.length > 0), plan };
  });
}
