/**
 * The apply lock's default lease, spelled as `--lock-lease` takes it. Five minutes: long enough to
 * ride out a slow heartbeat, short enough that a crash costs little. Kept apart from lock.ts so the
 * command definitions can name it without loading the SDK.
 */
export const DEFAULT_LOCK_LEASE = '5m';
