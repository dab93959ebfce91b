/**
 * The lock apply, drop and reset all take, so none of them interleave on one endpoint. Losing it
 * (another run took it over after this one's lease ran out) stops this run at the next safe point.
 */
import { endpointProblem } from '../live/endpoint-errors.js';
import { lockOwner } from '../state/identity.js';
import { acquireLock, DEFAULT_LOCK_SCOPE, type Lock } from '../state/lock.js';
import { DEFAULT_LOCK_LEASE } from '../state/lock-lease.js';
import { parseDuration } from '../util/duration.js';
import { newRunId } from '../state/history-steps.js';
import type { Project } from './project.js';

/** How long to wait for the apply lock, and how long it outlives a run that died. */
export interface LockTimes {
  /** How long to wait for another run's lock, e.g. `0s` (default), `90s`, `5m`. */
  readonly lockTimeout?: string | undefined;
  /** How long the lock outlives a run that died without releasing it (default 5m). */
  readonly lockLease?: string | undefined;
}

/** Takes the apply lock on the project's control table, reporting waits and takeovers as events. */
export async function acquireApplyLock(project: Project, opts: LockTimes, runId: string = newRunId()): Promise<Lock> {
  const lockTimeout = opts.lockTimeout ?? '0s';
  return acquireLock(project.client, {
    table: project.controlTable,
    scope: DEFAULT_LOCK_SCOPE,
    owner: lockOwner(project.processEnv),
    leaseMs: parseDuration(opts.lockLease ?? DEFAULT_LOCK_LEASE, '--lock-lease'),
    waitMs: parseDuration(lockTimeout),
    runId,
    // A killed local apply/reset must not block the next for the lease: its dead holder (same host,
    // pid gone) is taken over at once, only where the policy trusts host names (a local engine).
    takeOverDeadLocalHolder: project.policy.takesOverDeadLocalLock,
    onTakeOver: (h) => project.emit({ kind: 'lock-taken-over', owner: h.owner }),
    onWait: (h) => project.emit({ kind: 'lock-waiting', owner: h.owner, since: new Date(h.acquiredAt).toISOString(), lockTimeout }),
    onLost: (e) => {
      project.emit({ kind: 'lock-lost', message: e.problems[0]?.message ?? 'the apply lock was taken over' });
      project.abort();
    },
  });
}

/** Releases a lock; a failure is a warning, since the lease frees it by itself. */
export async function releaseQuietly(lock: Lock, project: Project): Promise<void> {
  await lock.release().catch((e: unknown) => {
    const down = endpointProblem(e);
    const why = down ? `the endpoint could not be reached: ${down.message}` : describeFailure(e);
    project.emit({ kind: 'warning', message: `warning: could not release the apply lock (${why}); it is left until its lease ends at ${new Date(lock.expiresAt).toISOString()}, then frees itself.` });
  });
}

/** An error in one line, by cause when it is the endpoint's. */
export function describeFailure(e: unknown): string {
  const down = endpointProblem(e);
  if (down) return `${down.code}: ${down.message}`;
  return e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
}
