/**
 * `ddb-migrate local`: the project's warm engine (the one `local: true` starts and keeps running)
 * and the foreground engine. Thin over src/engine, so the CLI's `local` flow calls the app only.
 */
import { localDataDir } from '../engine/data-dir.js';
import { stopWarmEngine, warmEngineStatus } from '../engine/warm-engine.js';
import type { WarmRecord } from '../engine/warm-record.js';

export type { WarmRecord } from '../engine/warm-record.js';
/** Runs DynamoDB Local in the foreground until stopped (Ctrl-C, SIGTERM or `signal`); resolves to the exit code. */
export { serveLocal, type ServeOptions, type ServeOutput } from '../engine/serve.js';

/** The project's warm engine, if one runs. */
export interface LocalEngineStatus {
  /** Where its data (the snapshot) is kept: `<dir>/.ddb-local`, absolute. */
  readonly dataDir: string;
  /** The running engine's record, or null when none runs. */
  readonly engine: WarmRecord | null;
  /** A record was found whose engine is gone (the next `local` call replaces it). */
  readonly stale: boolean;
}

/** Whether the project in `dir` has a warm engine running, and which. */
export async function localEngineStatus(dir: string): Promise<LocalEngineStatus> {
  const { record, stale } = await warmEngineStatus(dir);
  return { dataDir: localDataDir(dir), engine: record, stale };
}

/** Saves the warm engine's snapshot and stops it; `stopped` is the engine that ran, or null when none did. */
export async function stopLocalEngine(dir: string): Promise<{ readonly dataDir: string; readonly stopped: WarmRecord | null }> {
  const stopped = await stopWarmEngine(dir);
  return { dataDir: localDataDir(dir), stopped };
}
