/**
 * Which files of a project are its table files. Symbolic links are followed (the kernel reports a
 * loop as ELOOP), and nothing that looks like a table file is skipped without a word: a link that
 * loops or points nowhere, or a `x.yaml` that is a directory, is an error; other files are listed
 * as ignored so callers can say so.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../model/errors.js';
import { compareCodeUnits } from '../model/order.js';
import { displayPath } from '../util/display-path.js';
import { fsProblem } from './read-project-file.js';

export const TABLES_DIR = 'tables';

const TABLE_FILE = /\.ya?ml$/i;

export interface TableFileList {
  /** `tables/<name>.yaml|yml` relative to the project directory, sorted. */
  readonly files: readonly string[];
  /** Entries of tables/ that are not table files (other extensions), relative to the project. */
  readonly ignored: readonly string[];
  /** Errors (unreadable directory, broken or looping links) and the warning for a missing tables/. */
  readonly problems: readonly Problem[];
  /** Whether tables/ exists (a missing one is a warning in validate, an error elsewhere). */
  readonly dirExists: boolean;
}

/**
 * The problem when `dir` (the project directory, `--dir`) is not a readable directory, else null.
 * Checked before anything else: `--dir /nonexistent` must not read as an empty, valid project.
 */
export async function projectDirProblem(dir: string): Promise<Problem | null> {
  let p: Problem;
  try {
    if ((await stat(dir)).isDirectory()) return null;
    p = fsProblem(Object.assign(new Error('not a directory'), { code: 'ENOTDIR' }), 'project directory', displayPath(dir));
  } catch (e) {
    p = fsProblem(e, 'project directory', displayPath(dir));
  }
  return { ...p, code: p.code.replace(/^SPEC_/, 'SPEC_PROJECT_DIR_'), hint: 'Pass the project directory (the one holding tables/) with --dir, or run from it.' };
}

/** Lists `dir/tables/`. */
export async function listTableFiles(dir: string): Promise<TableFileList> {
  const tablesDir = join(dir, TABLES_DIR);
  let entries;
  try {
    entries = await readdir(tablesDir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return {
        files: [],
        ignored: [],
        dirExists: false,
        problems: [{ code: 'SPEC_NO_TABLES_DIR', severity: 'warning', message: `no ${TABLES_DIR}/ directory in ${displayPath(dir)}`, hint: 'Create tables/<table>.yaml, or pass --dir.' }],
      };
    const p = fsProblem(e, 'tables/ directory', displayPath(tablesDir));
    return { files: [], ignored: [], dirExists: true, problems: [{ ...p, code: p.code.replace(/^SPEC_/, 'SPEC_TABLES_DIR_') }] };
  }
  const files: string[] = [];
  const ignored: string[] = [];
  const problems: Problem[] = [];
  for (const e of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    const rel = `${TABLES_DIR}/${e.name}`;
    if (!TABLE_FILE.test(e.name)) {
      if (!e.name.startsWith('.')) ignored.push(rel);
      continue;
    }
    if (e.isFile()) {
      files.push(rel);
      continue;
    }
    // A symbolic link (or anything else): what it resolves to decides.
    try {
      const target = await stat(join(tablesDir, e.name));
      if (target.isFile()) files.push(rel);
      else problems.push(fsProblem(Object.assign(new Error('is a directory'), { code: 'EISDIR' }), 'table file', displayPath(join(tablesDir, e.name))));
    } catch (err) {
      const p = fsProblem(err, 'table file', displayPath(join(tablesDir, e.name)));
      problems.push(
        (err as NodeJS.ErrnoException).code === 'ENOENT'
          ? { ...p, code: 'SPEC_SYMLINK_BROKEN', message: `the table file ${displayPath(join(tablesDir, e.name))} is a symbolic link to a file that does not exist`, hint: 'Point the link at an existing file, or remove it.' }
          : p,
      );
    }
  }
  return { files, ignored, problems, dirExists: true };
}
