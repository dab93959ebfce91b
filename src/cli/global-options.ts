import type { Argv } from 'yargs';
import { redactEndpoint } from '../util/local-endpoint.js';
import { withDuration } from './option-values.js';

/** Options every command takes. */
export interface GlobalArgs {
  readonly dir: string;
  readonly debug: boolean;
  readonly color: boolean;
  readonly quiet: boolean;
}

/** Options of commands that talk to an endpoint: the target options of README.md. */
export interface TargetArgs {
  readonly local?: boolean;
  readonly env?: string;
  readonly endpointUrl?: string;
  readonly region?: string;
  readonly profile?: string;
  /** `--request-timeout`: how long one attempt of a call may take, e.g. `10s`, `500ms`. */
  readonly requestTimeout?: string;
}

/**
 * Global options. The top level declares them with their aliases; commands declare them again (no
 * aliases, or yargs lists `-q` twice) only so their types reach the command's arguments.
 */
export function withGlobalOptions<T>(y: Argv<T>, topLevel = true) {
  return y
    .option('dir', { type: 'string', default: '.', describe: 'Project directory (holds tables/, fixtures/, ddb-migrate.yaml)' })
    .option('debug', { type: 'boolean', default: false, describe: 'Print stack traces' })
    .option('color', { type: 'boolean', default: true, describe: 'Colour output on a TTY (--no-color, or NO_COLOR, to turn off)' })
    .option('quiet', { type: 'boolean', default: false, ...(topLevel ? { alias: 'q' } : {}), describe: 'Print only results and errors' });
}

export function withTargetOptions<T>(y: Argv<T>) {
  return y
    .option('local', { type: 'boolean', describe: 'Use localhost:8000, or start the embedded DynamoDB Local' })
    .option('env', { type: 'string', describe: 'Environment from ddb-migrate.yaml' })
    .option('endpoint-url', { type: 'string', describe: 'DynamoDB endpoint URL' })
    .option('region', { type: 'string', describe: 'AWS region' })
    .option('profile', { type: 'string', describe: 'AWS profile' })
    .option('request-timeout', { type: 'string', describe: 'Time one call may take before it is retried, then reported (default 10s local, 30s AWS)' })
    .conflicts('local', 'endpoint-url');
}

/** Commands that talk to an endpoint: global options (typed in the command's args) plus `[target]`. */
export function withCommandOptions<T>(y: Argv<T>) {
  return withTargetOptions(withGlobalOptions(y, false));
}

/** `--lock-timeout` (and, for apply, `--lock-lease`): the apply lock that apply, drop and reset share. */
export function withLockTimeout<T>(y: Argv<T>) {
  return withDuration(y, 'lock-timeout', 'How long to wait for another run\'s lock (e.g. 90s, 5m) before exit 3', '0s');
}

/**
 * The target flags of `args` as a user re-types them (`--env prod`, `--local`, ...), endpoint
 * without user-info, quoted for a POSIX shell: for hints that print a command to run next.
 */
export function targetFlags(args: TargetArgs & { readonly dir?: string }): string[] {
  const flags: string[] = [];
  if (args.dir !== undefined && args.dir !== '.') flags.push('--dir', args.dir);
  if (args.local) flags.push('--local');
  if (args.env !== undefined) flags.push('--env', args.env);
  if (args.endpointUrl !== undefined) flags.push('--endpoint-url', redactEndpoint(args.endpointUrl));
  if (args.region !== undefined) flags.push('--region', args.region);
  if (args.profile !== undefined) flags.push('--profile', args.profile);
  return flags.map(shellWord);
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
