/**
 * The CLI as a process (bin/ddb-migrate.js): what `main` cannot do because tests call it in-process.
 * - Project code's console (fixture and migration modules), and its own `process.stdout.write`, go
 *   to stderr: stdout carries only the tool's own output (`io.out`, which keeps stdout's real
 *   write), so `--format json|ndjson` stays parseable.
 * - A reader that closes stdout early (`… | head -1`) ends the command quietly, exit 0 (EPIPE).
 * - A command whose work stopped on a promise that never settles (Node's event loop emptied while
 *   `main` still waited) is a failure, never a silent exit 0; a code fixture being read is named.
 * - Once `main` has returned, the process ends even if project code left a timer running.
 */
import { Console } from 'node:console';
import { formatProblem, type Problem } from '../model/errors.js';
import { runningFixtureModules } from '../seed/run-module.js';
import { main } from './main.js';

/** How long a finished command waits for handles left open by project code before it exits. */
const EXIT_GRACE_MS = 500;

function unsettledProblem(): Problem {
  const modules = runningFixtureModules();
  const file = modules[modules.length - 1];
  if (file !== undefined) {
    return { code: 'FIXTURE_MODULE_UNSETTLED', message: 'the fixture module stopped producing items: it awaits a promise that never settles, so the load cannot finish', location: { file, line: 1, col: 1 }, hint: 'Every promise the module awaits must resolve or reject. The load did not finish.' };
  }
  return { code: 'CLI_UNSETTLED', message: 'the command stopped before finishing: project code awaits a promise that never settles', hint: 'Check the migration or fixture modules for a promise that never resolves.' };
}

/** Runs the CLI with `argv` as this process's command; sets the exit code. */
export function runProcess(argv: readonly string[]): void {
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away: nothing more can be shown, and that is not the command's failure.
    if (e.code === 'EPIPE') return;
    throw e;
  });
  let settled = false;
  process.on('beforeExit', () => {
    if (settled) return;
    settled = true;
    process.stderr.write(`${formatProblem(unsettledProblem())}\n`);
    process.exitCode = 1;
  });
  main(argv).then(
    (code) => {
      settled = true;
      process.exitCode = code;
      setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
    },
    (e: unknown) => {
      settled = true;
      process.stderr.write(`error INTERNAL: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
      setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
    },
  );
}
