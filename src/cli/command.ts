import type { ArgumentsCamelCase, Argv } from 'yargs';
import type { Io } from './io.js';

/**
 * One CLI command. Command files import only yargs types and load their implementation lazily in
 * `run`, so `--help` and `validate` never load the AWS SDK or faker.
 */
export interface CommandDef<A> {
  readonly command: string | readonly string[];
  readonly describe: string;
  readonly builder: (y: Argv) => Argv<A>;
  /** Shown under `--help`: [command line, what it does]. */
  readonly examples: readonly (readonly [string, string])[];
  /** Returns the exit code. Throws `DdbMigrateError` for user-facing problems. */
  readonly run: (args: ArgumentsCamelCase<A>, io: Io) => Promise<number>;
}

/** A command with its argument type erased, ready to add to the yargs instance. */
export interface Command {
  readonly name: string;
  readonly register: (cli: Argv, io: Io, setExit: (code: number) => void) => Argv;
}

/** Keeps the argument type of `builder` and `run` in step, then erases it for the registry. */
export function defineCommand<A>(def: CommandDef<A>): Command {
  const name = (Array.isArray(def.command) ? def.command[0] : def.command) as string;
  return {
    name: name.split(' ')[0] ?? name,
    register: (cli, io, setExit) =>
      cli.command(
        def.command as string | string[],
        def.describe,
        (y) => def.examples.reduce((acc, [cmd, what]) => acc.example(cmd, what), def.builder(y)),
        async (args) => setExit(await def.run(args as ArgumentsCamelCase<A>, io)),
      ),
  };
}
