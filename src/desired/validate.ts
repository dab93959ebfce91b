/**
 * `ddb-migrate validate`: every check that needs no network, all problems at once: the config, every
 * table file (and each environment's merged result), and the fixtures of the valid tables.
 */
import type { Problem } from '../model/errors.js';
import { checkConfig, isKnownEnvironment, unknownEnvProblem } from './config-file.js';
import { checkTables } from './load-tables.js';
import { normaliseSpec } from './normalise.js';
import { projectDirProblem } from './table-files.js';

export interface ValidateOptions {
  /** `--env NAME`: must be defined in ddb-migrate.yaml (every environment is validated anyway). */
  readonly env?: string | null;
  /**
   * Also generate and check every fixture item (keys, types, sizes, duplicates). Default true; off,
   * validate loads neither faker nor the fixture code and fits a pre-commit hook.
   */
  readonly fixtures?: boolean;
  /**
   * Run code fixtures (.js/.mjs/.ts) too, each within this many ms. Absent: validate, a read-only
   * command, runs no project code and says which fixture files it skipped.
   */
  readonly runCodeFixtures?: { readonly timeoutMs: number };
}

/** Errors and warnings of the project in `dir`; none with severity error means valid. */
export async function runValidate(dir: string, opts: ValidateOptions = {}): Promise<Problem[]> {
  // `--dir` naming nothing (or a file) is one error, not an empty project that validates.
  const dirProblem = await projectDirProblem(dir);
  if (dirProblem) return [dirProblem];
  const { config, problems: configProblems } = await checkConfig(dir);
  const problems: Problem[] = [...configProblems];
  if (opts.env != null && configProblems.length === 0 && !isKnownEnvironment(config, opts.env)) problems.push(unknownEnvProblem(config, opts.env));
  const tables = await checkTables(dir, config);
  problems.push(...tables.problems);
  if (opts.fixtures !== false && tables.tables.length > 0) {
    // Loaded only here: fixture checks generate items (faker), which the spec checks never need.
    const { validateFixtures } = await import('../seed/check-items.js');
    const code = opts.runCodeFixtures ? { runCode: opts.runCodeFixtures } : {};
    problems.push(...(await validateFixtures(dir, tables.tables.map((t) => normaliseSpec(t.spec, null)), code)));
  }
  return problems;
}

/** Whether any problem is an error (warnings do not fail validation). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity !== 'warning');
}
