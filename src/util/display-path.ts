/**
 * How every file is named in problems, for table files, ddb-migrate.yaml and fixtures alike: the
 * shorter of its path relative to the current directory and its absolute path. Both name the same
 * file from where the command ran, so the path printed is one the user can open as is:
 * `tables/x.yaml` in the project, `../v2/tables/x.yaml` with `--dir ../v2`, and `/srv/p/tables/x.yaml`
 * rather than `../../../srv/p/tables/x.yaml`.
 */
import { relative, resolve } from 'node:path';

/** `path` (absolute, or relative to the current directory) as problems print it. */
export function displayPath(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  if (rel === '') return '.';
  // `relative` gives an absolute path when there is no relative one (another drive on Windows).
  return rel.length <= abs.length ? rel : abs;
}
