/**
 * The lock item in the control table and the LOCK_HELD error. Item (pk LOCK, sk <scope>):
 *   owner       `user@host pid N` of the holder
 *   runId       the holder's run id (release and renew are conditional on it)
 *   acquiredAt  epoch ms
 *   expiresAt   epoch ms; after it anyone may take the lock (the lease)
 *   renewedAt   epoch ms of the last heartbeat
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { hostname } from 'node:os';
import { DdbMigrateError, ExitCode } from '../model/errors.js';
import { ControlKeys } from './control-table.js';
import { formatDuration } from './duration.js';

/** Who holds (or held) a lock, as read from its item. */
export interface LockHolder {
  readonly scope: string;
  readonly owner: string;
  readonly runId: string;
  /** Epoch ms. */
  readonly acquiredAt: number;
  /** Epoch ms: the lease ends here unless the holder renews it. */
  readonly expiresAt: number;
}

/** The item a holder writes. */
export function lockItem(h: LockHolder, now: number): Record<string, AttributeValue> {
  const key = ControlKeys.lock(h.scope);
  return {
    pk: { S: key.pk },
    sk: { S: key.sk },
    owner: { S: h.owner },
    runId: { S: h.runId },
    acquiredAt: { N: String(h.acquiredAt) },
    expiresAt: { N: String(h.expiresAt) },
    renewedAt: { N: String(now) },
  };
}

/** The key of the lock item of `scope`. */
export function lockKey(scope: string): Record<string, AttributeValue> {
  const key = ControlKeys.lock(scope);
  return { pk: { S: key.pk }, sk: { S: key.sk } };
}

/**
 * The holder an item describes, or null when there is no item. A hand-edited item missing fields
 * still counts as held (the condition refuses it too), with `(unknown)` and 0 where fields lack.
 */
export function holderOf(item: Record<string, AttributeValue> | undefined, scope: string): LockHolder | null {
  if (!item) return null;
  const num = (name: string): number => {
    const n = Number(item[name]?.N);
    return Number.isFinite(n) ? n : 0;
  };
  return {
    scope,
    owner: item['owner']?.S ?? '(unknown)',
    runId: item['runId']?.S ?? '(unknown)',
    acquiredAt: num('acquiredAt'),
    expiresAt: num('expiresAt'),
  };
}

/**
 * Exit 3: the lock is still held after waiting. Names the holder, since when, when its lease
 * ends, and the flag that waits longer.
 */
export function lockHeldError(controlTable: string, holder: LockHolder, waitedMs: number, now: number): DdbMigrateError {
  const since = new Date(holder.acquiredAt).toISOString();
  const expires = new Date(holder.expiresAt).toISOString();
  const left = holder.expiresAt - now;
  const waited = waitedMs > 0 ? ` after waiting ${formatDuration(waitedMs)}` : '';
  return new DdbMigrateError(
    {
      code: 'LOCK_HELD',
      table: controlTable,
      message:
        `the '${holder.scope}' lock is held by ${holder.owner} (run ${holder.runId}) since ${since}${waited}; ` +
        `its lease expires at ${expires} (in ${formatDuration(left)}) unless that run renews it.`,
      hint:
        'Another apply is running against this endpoint. Wait for it, or pass --lock-timeout 10m to wait up to ' +
        "10 minutes. A crashed run's lock frees itself when its lease expires.",
    },
    ExitCode.Refused,
  );
}

/** A renewal found the lock taken over (our lease had expired and another run took it). */
export function lockLostError(controlTable: string, scope: string, runId: string): DdbMigrateError {
  return new DdbMigrateError({
    code: 'LOCK_LOST',
    table: controlTable,
    message: `run ${runId} lost the '${scope}' lock: its lease expired and another run took it.`,
    hint: 'Another apply may now be changing the same tables. Let it finish, then run plan to see where things stand.',
  });
}

/**
 * The holder is a process on this machine (owner `user@<this host> pid N`, see `lockOwner()`) that
 * no longer exists. Only as sound as host names are unique, hence opt-in (local endpoints).
 */
export function isDeadLocalHolder(holder: LockHolder, host: string = hostname()): boolean {
  const m = /@([^@]+) pid (\d+)$/.exec(holder.owner);
  if (!m || m[1] !== host) return false;
  const pid = Number(m[2]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // EPERM: it exists, it is just not ours to signal.
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
