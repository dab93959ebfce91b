/**
 * `validateProject`: every check that needs no network (the config, every table file and each
 * environment's merged result, the fixtures of the valid tables), all problems at once.
 */
import { hasErrors, runValidate, type ValidateOptions } from '../desired/validate.js';
import type { Problem } from '../model/errors.js';

export { hasErrors, type ValidateOptions };

/** Errors and warnings of the project in `dir` (none with severity error means valid). Reads files only. */
export async function validateProject(dir: string, opts: ValidateOptions = {}): Promise<Problem[]> {
  return runValidate(dir, opts);
}
