/**
 * `ddb-migrate local`: DynamoDB Local in the foreground for an app to use, until Ctrl-C / SIGTERM
 * (or an AbortSignal, for tests). Data in `<dir>/.ddb-local/` (a snapshot, see supervisor.ts) unless in memory.
 */
import { DdbMigrateError } from '../model/errors.js';
import { localDataDir } from './data-dir.js';
import { runSupervisor } from './supervisor.js';
import { startEngine } from './dynamodb-local.js';
import { answers } from './port.js';

export interface ServeOptions {
  readonly port: number;
  readonly inMemory: boolean;
  /** Project directory; the data goes to `<dir>/.ddb-local`. */
  readonly dir: string;
  /** Hold CREATING / DELETING like AWS (slow); off by default. */
  readonly delayTransientStatuses?: boolean;
  /** Stops the engine when aborted (besides SIGINT / SIGTERM). */
  readonly signal?: AbortSignal;
}

export interface ServeOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs until stopped; resolves to the exit code (0 after a requested stop, 1 if the engine died). */
export async function serveLocal(opts: ServeOptions, io: ServeOutput): Promise<number> {
  const url = `http://localhost:${opts.port}`;
  if (await answers(url)) {
    throw new DdbMigrateError({
      code: 'ENGINE_PORT_IN_USE',
      message: `something already answers at ${url}`,
      hint: `If it is DynamoDB Local, use it as it is (ddb-migrate plan --local). Otherwise pick another port: ddb-migrate local --port ${opts.port + 1}`,
    });
  }
  if (!opts.inMemory) return serveWarm(opts, io, url);
  const engine = await startEngine({ port: opts.port, dataDir: null, delayTransientStatuses: opts.delayTransientStatuses ?? false });
  printUsage(io, opts.port, url, 'in memory, gone when it stops');

  let requested = false;
  const stop = () => {
    requested = true;
    void engine.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  opts.signal?.addEventListener('abort', stop, { once: true });
  if (opts.signal?.aborted) stop();
  try {
    await engine.exited;
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    opts.signal?.removeEventListener('abort', stop);
  }
  if (requested) {
    io.out('DynamoDB Local stopped.');
    return 0;
  }
  io.err('error ENGINE_EXITED: DynamoDB Local stopped by itself.');
  return 1;
}

function printUsage(io: ServeOutput, port: number, url: string, data: string): void {
  io.out(`DynamoDB Local is listening on ${url} (data: ${data})`);
  io.out('Use it from an app or the AWS CLI (any credentials work; it runs with -sharedDb):');
  io.out(`  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local aws dynamodb list-tables --endpoint-url ${url} --region us-east-1`);
  io.out(`  ddb-migrate apply ${port === 8000 ? '--local' : `--endpoint-url ${url}`}`);
  io.out('Press Ctrl-C to stop it.');
}

/**
 * The project's store in the foreground: the same supervisor as the warm engine (in memory,
 * snapshot in .ddb-local/ restored on start and saved on stop), on a fixed port, with no idle stop.
 * `--local` in another terminal finds its record and uses it; a warm engine already running on
 * this data dir is refused (one engine per data dir).
 */
async function serveWarm(opts: ServeOptions, io: ServeOutput, url: string): Promise<number> {
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  opts.signal?.addEventListener('abort', onSignal, { once: true });
  if (opts.signal?.aborted) stop.abort();
  try {
    const reason = await runSupervisor({
      dir: opts.dir,
      port: opts.port,
      idleTimeoutMs: null,
      foreground: true,
      delayTransientStatuses: opts.delayTransientStatuses ?? false,
      signal: stop.signal,
      log: () => {},
      onReady: () => printUsage(io, opts.port, url, localDataDir(opts.dir)),
    });
    if (reason === 'requested') {
      io.out('DynamoDB Local stopped.');
      return 0;
    }
    io.err(`error ENGINE_EXITED: DynamoDB Local stopped by itself (${reason}).`);
    return 1;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    opts.signal?.removeEventListener('abort', onSignal);
  }
}
