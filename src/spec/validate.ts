/**
 * `ddb-migrate validate`: every check that needs no network, all problems at once. Further checks
 * (fixtures) plug in here: add their problems to the list `runValidate` returns.
 */
import type { Problem } from '../model/errors.js';
import { checkConfig, isKnownEnvironment, unknownEnvProblem } from './config-file.js';
import { checkTables } from './load-tables.js';

export interface ValidateOptions {
  /** `--env NAME`: must be defined in ddb-migrate.yaml (every environment is validated anyway). */
  readonly env?: string | null;
}

/** Errors and warnings of the project in `dir`; none with severity error means valid. */
export async function runValidate(dir: string, opts: ValidateOptions = {}): Promise<Problem[]> {
  const { config, problems: configProblems } = await checkConfig(dir);
  const problems: Problem[] = [...configProblems];
  if (opts.env != null && configProblems.length === 0 && !isKnownEnvironment(config, opts.env)) problems.push(unknownEnvProblem(config, opts.env));
  const tables = await checkTables(dir, config);
  problems.push(...tables.problems);
  // Fixture checks (issue: fixtures) go here, e.g. problems.push(...(await checkFixtures(dir, tables.tables))).
  return problems;
}

/** Whether any problem is an error (warnings do not fail validation). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity !== 'warning');
}
