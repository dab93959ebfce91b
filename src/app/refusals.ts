/** What the app refuses before it changes anything: typed errors with the problems, exit code 3. */
import { DdbMigrateError, ExitCode } from '../model/errors.js';
import { diagnosticProblem, type Plan } from '../model/plan.js';
import { destructiveDiagnostics } from '../plan/build-plan.js';
import type { ConfirmOptions, ConfirmRequest } from './options.js';

/** `DM...` destructive diagnostics, refused unless `allowDestructive` (the CLI's `--allow-destructive`). */
export function refuseDestructive(plan: Plan, allow: boolean): void {
  const destructive = destructiveDiagnostics(plan);
  if (destructive.length === 0 || allow) return;
  throw new DdbMigrateError(
    destructive.map((d) => diagnosticProblem(d, 'Re-run with --allow-destructive if this is intended. Nothing was changed.')),
    ExitCode.Refused,
  );
}

/** Deletion protection is never switched off implicitly: say which change is needed. */
export function refuseDeletionProtected(plan: Plan): void {
  const blocked = plan.tables.flatMap((t) => t.diagnostics.filter((d) => d.code === 'DM011_DELETION_PROTECTED'));
  if (blocked.length === 0) return;
  throw new DdbMigrateError(
    blocked.map((d) => diagnosticProblem(d, 'Set deletionProtection: false in the table file and apply it first.')),
    ExitCode.Refused,
  );
}

/**
 * Whether to go ahead: `yes` does, else the caller's `confirm` is asked. Without a `confirm`
 * there is nobody to ask: an error that says to pass `yes`, never a silent "yes".
 */
export async function confirmed(opts: ConfirmOptions, request: ConfirmRequest, skip = false): Promise<boolean> {
  if (opts.yes || skip) return true;
  if (!opts.confirm) {
    throw new DdbMigrateError(
      { code: 'APP_NEEDS_CONFIRMATION', message: `${request.question} (no confirm callback to ask)`, hint: 'Pass yes: true, or a confirm callback that asks.' },
      ExitCode.Refused,
    );
  }
  return opts.confirm(request);
}
