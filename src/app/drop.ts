/** `dropProject`: delete the declared tables (and all their items). */
import { protectedRefusal, refuseIf } from '../model/target-policy.js';
import type { Plan } from '../model/plan.js';
import type { TargetInfo } from './events.js';
import type { LockTimes } from './lock.js';
import type { ConfirmOptions, ProjectOptions } from './options.js';
import { withProject } from './project.js';
import { planDrop, underLock } from './recorded-run.js';
import { confirmed, refuseDeletionProtected, refuseDestructive } from './refusals.js';
import type { StepsSummary } from './steps.js';

/** Options of {@link dropProject}. */
export interface DropProjectOptions extends ProjectOptions, ConfirmOptions, Pick<LockTimes, 'lockTimeout'> {
  /** Only these declared tables. */
  readonly tables?: readonly string[] | undefined;
  /** Required: dropping loses every item (refused, exit 3, without). */
  readonly allowDestructive?: boolean | undefined;
}

/** What {@link dropProject} did. */
export interface DropResult {
  /** `nothing-to-drop`: no declared table exists on the endpoint; `failed`: a step failed or did not verify (`steps.mismatches`). */
  readonly status: 'dropped' | 'nothing-to-drop' | 'cancelled' | 'failed';
  readonly target: TargetInfo;
  readonly plan: Plan;
  readonly steps: StepsSummary | null;
}

/** Deletes the declared tables that exist (refused in a protected environment and without `allowDestructive`). */
export async function dropProject(opts: DropProjectOptions): Promise<DropResult> {
  return withProject(opts, async (project) => {
    refuseIf(protectedRefusal(project.target, 'drop'));
    const plan = await planDrop(project, opts.tables);
    project.emit({ kind: 'plan', plan, target: project.info });
    refuseDestructive(plan, opts.allowDestructive ?? false);
    refuseDeletionProtected(plan);
    const base = { target: project.info, plan, steps: null };
    if (plan.tables.length === 0) return { ...base, status: 'nothing-to-drop' };
    const question = `Delete ${plan.tables.length} table(s) and all their items on ${project.endpointLabel}?`;
    if (!(await confirmed(opts, { action: 'drop', question, plan }, project.policy.skipsConfirmation))) return { ...base, status: 'cancelled' };
    return underLock(project, 'drop', opts.lockTimeout, async (run, summaries) => {
      const ok = await run(plan, 'drop');
      return { ok, value: { ...base, status: ok ? 'dropped' : 'failed', steps: summaries[0] ?? null } };
    });
  });
}
