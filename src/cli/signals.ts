/**
 * Ctrl-C and SIGTERM for a command that calls the app: the first signal aborts the `signal` the
 * app is given (the call in flight may finish, nothing new starts, the lock is released and the
 * report says what ran; the app abandons a call still in flight {@link SIGNAL_GRACE_MS} later).
 * The command then exits 130 (SIGINT) or 143 (SIGTERM). A second signal abandons every call at
 * once and quits (a held lock frees itself when its lease expires).
 */
import { setMaxListeners } from 'node:events';
import { ABORT_GRACE_MS, endpointProblem, type AppEvent } from '../app/index.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Io } from './io.js';

/** After a signal, how long the call in flight may take to finish before it is abandoned. */
export const SIGNAL_GRACE_MS = ABORT_GRACE_MS;

/** 128 + the signal's number, as shells report a command a signal ended. */
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/** How long a second signal waits for the app to close its connection before the process exits. */
const FORCE_EXIT_WAIT_MS = 2_000;

/** What a flow hands the app: the signals, and an observer for the endpoint it connected to. */
export interface AppRun {
  readonly signal: AbortSignal;
  readonly forceStop: AbortSignal;
  readonly abortGraceMs: number;
  /** Pass every app event through it (it notes the endpoint, for the interrupted message). */
  readonly observe: (e: AppEvent) => void;
}

/** Runs `fn` (a flow that calls the app and returns the exit code) under the signal handlers. */
export async function withSignals(io: Io, fn: (run: AppRun) => Promise<number>): Promise<number> {
  const abort = new AbortController();
  const force = new AbortController();
  setMaxListeners(0, abort.signal);
  let endpoint: string | undefined;
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  let settled: Promise<unknown> = Promise.resolve();
  // Installed before the app opens the endpoint: a signal while the embedded engine starts must not
  // kill Node without its exit hook (which stops the engine), leaving Java running.
  const interrupt = (signal: 'SIGINT' | 'SIGTERM') => {
    if (received === null) {
      received = signal;
      io.err(`\nInterrupted (${signal}): finishing the call in flight (at most ${SIGNAL_GRACE_MS / 1000} s); no further step will start. Press Ctrl-C again to quit at once.`);
      abort.abort();
      return;
    }
    force.abort();
    const wait = new Promise((r) => setTimeout(r, FORCE_EXIT_WAIT_MS).unref());
    void Promise.race([settled, wait]).finally(() => process.exit(SIGNAL_EXIT[signal]));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const run: AppRun = {
    signal: abort.signal,
    forceStop: force.signal,
    abortGraceMs: SIGNAL_GRACE_MS,
    observe: (e) => {
      if (e.kind === 'connected') endpoint = e.target.endpoint;
    },
  };
  try {
    const work = fn(run);
    settled = work.catch(() => undefined);
    const code = await work;
    return received ? SIGNAL_EXIT[received] : code;
  } catch (e) {
    if (!received) throw e;
    // Whatever stopped the command, it was the signal that ended it: the exit code says so.
    const problems = e instanceof DdbMigrateError ? e.problems : [endpointProblem(e, endpoint) ?? { code: 'CLI_INTERRUPTED', message: `interrupted by ${received}` }];
    throw new DdbMigrateError(problems, SIGNAL_EXIT[received]);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}
