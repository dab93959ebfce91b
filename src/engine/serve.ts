/**
 * `ddb-migrate local`: DynamoDB Local in the foreground for an app to use, until Ctrl-C / SIGTERM
 * (or an AbortSignal, for tests). Data in `<dir>/.ddb-local/` unless in memory.
 */
import { DdbMigrateError } from '../model/errors.js';
import { prepareDataDir } from './data-dir.js';
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
  const dataDir = opts.inMemory ? null : prepareDataDir(opts.dir);
  const engine = await startEngine({ port: opts.port, dataDir, delayTransientStatuses: opts.delayTransientStatuses ?? false });

  io.out(`DynamoDB Local is listening on ${url} (data: ${dataDir ?? 'in memory, gone when it stops'})`);
  io.out('Use it from an app or the AWS CLI (any credentials work; it runs with -sharedDb):');
  io.out(`  AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local aws dynamodb list-tables --endpoint-url ${url} --region us-east-1`);
  io.out(`  ddb-migrate apply ${opts.port === 8000 ? '--local' : `--endpoint-url ${url}`}`);
  io.out('Press Ctrl-C to stop it.');

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
