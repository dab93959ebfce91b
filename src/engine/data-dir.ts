/** Where `--local` and `ddb-migrate local` keep the engine's database: `<dir>/.ddb-local/`. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCAL_DATA_DIR = '.ddb-local';

/** The data directory of the project in `dir`. */
export function localDataDir(dir: string): string {
  return join(resolve(dir), LOCAL_DATA_DIR);
}

/**
 * Creates the data directory with a `.gitignore` of `*` inside, so the database file never gets
 * committed, whatever the project's own .gitignore says.
 */
export function prepareDataDir(dir: string): string {
  const path = localDataDir(dir);
  mkdirSync(path, { recursive: true });
  const ignore = join(path, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# ddb-migrate: DynamoDB Local data, not for git\n*\n');
  return path;
}
