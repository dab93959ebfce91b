/**
 * The tests' own copy of the cruddur example project (test/inputs/cruddur): tables/, fixtures/,
 * migrations/ and ddb-migrate.yaml as shipped. Tests read this copy, never the example files at the
 * repository root, which users are invited to edit.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The example project's directory (pass it as `dir` / `--dir`). */
export const EXAMPLE_PROJECT = fileURLToPath(new URL('../inputs/cruddur', import.meta.url));

/** A path inside the example project, e.g. `exampleFile('tables/cruddur-messages.yaml')`. */
export function exampleFile(rel: string): string {
  return join(EXAMPLE_PROJECT, rel);
}
