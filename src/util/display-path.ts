/**
 * How every file is named in problems, for table files, ddb-migrate.yaml and fixtures alike:
 * relative to the current directory (`tables/x.yaml`, `../v2/tables/x.yaml` with `--dir ../v2`),
 * so the path printed is the path a user can open from where they ran the command.
 */
import { isAbsolute, relative, resolve } from 'node:path';

/** `path` (absolute, or relative to the current directory) relative to the current directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  // No relative form (another drive on Windows): the absolute path.
  if (isAbsolute(rel)) return rel;
  return rel === '' ? '.' : rel;
}
