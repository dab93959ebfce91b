import yargs, { type Argv } from 'yargs';
import { DdbMigrateError, ExitCode, formatProblem } from '../model/errors.js';
import { withGlobalOptions } from './global-options.js';
import { processIo, type Io } from './io.js';
// Not app/index.js: main loads the flows (and with them the app and the SDK) lazily.
import { callProblem } from '../app/errors.js';
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
  // The app functions throw DdbMigrateError already; an endpoint or SDK error from elsewhere is
  // still said by cause (nothing listening, no answer, not HTTP, not DynamoDB, AWS_<Name>).
  const aws = callProblem(e);
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
 * yargs renders (and caches) the help text before every command handler runs, whether or not it
 * is shown; wrapping it costs about 0.25 s per run. Only a run that prints help needs the wrap.
 */
function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h') || argv.length === 0;
}
