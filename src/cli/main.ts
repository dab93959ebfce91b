import yargs, { type Argv } from 'yargs';
import { DdbMigrateError, ExitCode, formatProblem, type Problem } from '../model/errors.js';
import { withGlobalOptions } from './global-options.js';
import { processIo, type Io } from './io.js';
import { endpointProblem } from '../live/endpoint-errors.js';
import { isTransient } from '../util/retry.js';
import { commands } from './commands/index.js';

/** Runs the CLI and returns the exit code (never calls process.exit, so tests can call it). */
export async function main(argv: readonly string[], ioOverride?: Io): Promise<number> {
  const noColor = argv.includes('--no-color');
  const io = ioOverride ?? processIo({ color: !noColor });
  const debug = argv.includes('--debug');
  let exitCode: number = ExitCode.Ok;

  let cli: Argv = withGlobalOptions(yargs([...argv]))
    .scriptName('ddb-migrate')
    .usage('$0 <command> [options]\n\nDeclarative schema and fixture migrations for Amazon DynamoDB.')
    .strict()
    .demandCommand(1, 'Name a command: ddb-migrate <command> --help lists its options.')
    .recommendCommands()
    .wrap(wantsHelp(argv) ? Math.min(110, process.stdout.columns || 100) : null)
    .epilog('Exit codes: 0 done / no changes, 1 error, 2 changes pending (plan --detailed-exitcode), 3 refused.')
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      throw new DdbMigrateError({ code: 'CLI_USAGE', message: msg, hint: 'Run with --help to see the options.' });
    });

  for (const c of commands) cli = c.register(cli, io, (code) => (exitCode = code));

  try {
    // yargs' own output (--help, --version) is handed back instead of printed, so it goes to
    // stdout through io.out: the process routes the global console to stderr for project code.
    let yargsOutput = '';
    await cli.parseAsync([...argv], {}, (_err, _args, output) => {
      yargsOutput = output;
    });
    if (yargsOutput) io.out(yargsOutput);
    return exitCode;
  } catch (e) {
    return report(e, io, debug);
  }
}

function report(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof DdbMigrateError) {
    for (const p of e.problems) io.err(formatProblem(p));
    if (debug && e.stack) io.err(e.stack);
    return e.exitCode;
  }
  // Said by cause (nothing listening, no answer, not HTTP, not DynamoDB), naming the endpoint.
  const aws = endpointProblem(e) ?? awsProblem(e);
  if (aws) {
    io.err(formatProblem(aws));
    if (debug && e instanceof Error && e.stack) io.err(e.stack);
    return ExitCode.Error;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.err(`error INTERNAL: ${err.name}: ${err.message}`);
  io.err(debug && err.stack ? err.stack : '  (run with --debug for the stack trace)');
  return ExitCode.Error;
}

/**
 * An error from the endpoint that no layer turned into a problem of its own (e.g. a call that kept
 * failing after its retries): said as `AWS_<ErrorName>`, with what to do, not as an internal error.
 */
function awsProblem(e: unknown): Problem | null {
  if (!(e instanceof Error)) return null;
  const fromSdk = '$metadata' in e || '$fault' in e || /Exception$|^TimeoutError$/.test(e.name);
  if (!fromSdk) return null;
  const transient = isTransient(e);
  return {
    code: `AWS_${e.name}`,
    message: e.message || e.name,
    hint: transient
      ? 'The endpoint kept throttling, failing (5xx) or dropping the connection after the retries. Run the command again: apply re-plans from what is live.'
      : 'The endpoint refused the call. Check credentials, region and endpoint; --debug prints the stack trace.',
  };
}

/**
 * yargs renders (and caches) the help text before every command handler runs, whether or not it
 * is shown; wrapping it costs about 0.25 s per run. Only a run that prints help needs the wrap.
 */
function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h') || argv.length === 0;
}
