/**
 * Defaults the CLI's option definitions name, kept apart from the modules that use them so that
 * defining the commands loads no SDK.
 */
/** The apply lock's default lease (`lockLease`), as `--lock-lease` takes it. */
export { DEFAULT_LOCK_LEASE } from '../state/lock-lease.js';
