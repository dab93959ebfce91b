/** Reading and writing saved-plan files. */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import { parseSavedPlan, serialiseSavedPlan, type SavedPlanFile } from './saved-plan.js';
import { toolVersion } from '../state/tool-version.js';

/** Writes `file` to `path`; a path that cannot be written is PLAN_FILE_WRITE naming it and why. */
export async function writeSavedPlan(path: string, file: SavedPlanFile): Promise<void> {
  try {
    await writeFile(path, serialiseSavedPlan(file));
  } catch (e) {
    throw new DdbMigrateError(savedPlanWriteProblem(path, e));
  }
}

/**
 * Refuses, before any work, a `--out` that can never be written: its directory missing or not a
 * directory, or the path itself a directory. (A full disk or a permission only shows at the write.)
 */
export async function checkSavedPlanPath(path: string): Promise<void> {
  const dir = dirname(path);
  const dirStat = await stat(dir).catch((e: unknown) => e as NodeJS.ErrnoException);
  if (dirStat instanceof Error) {
    if (dirStat.code === 'ENOENT' || dirStat.code === 'ENOTDIR') throw new DdbMigrateError(savedPlanWriteProblem(path, dirStat));
    return;
  }
  if (!dirStat.isDirectory()) throw new DdbMigrateError(savedPlanWriteProblem(path, Object.assign(new Error('not a directory'), { code: 'ENOTDIR' })));
  const own = await stat(path).catch(() => null);
  if (own?.isDirectory()) throw new DdbMigrateError(savedPlanWriteProblem(path, Object.assign(new Error('is a directory'), { code: 'EISDIR' })));
}

/** Why a write failed, by errno, in the user's terms; what to do follows from it. */
const WRITE_REASONS: Readonly<Record<string, (path: string) => { readonly why: string; readonly hint: string }>> = {
  ENOENT: (path) => ({ why: `the directory ${dirname(path)} does not exist`, hint: 'Create the directory first, or give --out a path in an existing one.' }),
  ENOTDIR: (path) => ({ why: `a part of ${dirname(path)} is a file, not a directory`, hint: 'Give --out a path whose directories exist.' }),
  EISDIR: () => ({ why: 'it is a directory', hint: 'Give --out a file name, e.g. --out plan.json.' }),
  ENOSPC: () => ({ why: 'the disk is full', hint: 'Free some space or write elsewhere; a partly written file may be left at that path and is refused by apply.' }),
  EDQUOT: () => ({ why: 'the disk quota is exhausted', hint: 'Free some space or write elsewhere.' }),
  EACCES: () => ({ why: 'permission denied', hint: 'Write somewhere you may write, or change the permissions.' }),
  EPERM: () => ({ why: 'the operation is not permitted', hint: 'Write somewhere you may write, or change the permissions.' }),
  EROFS: () => ({ why: 'the file system is read-only', hint: 'Write the plan to a writable location.' }),
};

/** The problem for a failed write of a plan file to `path`. */
export function savedPlanWriteProblem(path: string, e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException | null)?.code ?? '';
  const known = Object.hasOwn(WRITE_REASONS, code) ? WRITE_REASONS[code]?.(path) : undefined;
  const why = known?.why ?? (e instanceof Error ? e.message : String(e));
  return {
    code: 'PLAN_FILE_WRITE',
    field: '--out',
    message: `cannot write the plan to ${path}: ${why}${code ? ` (${code})` : ''}.`,
    hint: known?.hint ?? 'Give --out a writable file path.',
  };
}

/** Reads and checks a plan file against this tool's version (see parseSavedPlan for the exits). */
export async function readSavedPlan(path: string): Promise<SavedPlanFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
    throw new DdbMigrateError({
      code: 'PLAN_FILE_INVALID',
      message: `${path}: cannot read the plan file (${reason}).`,
      hint: 'Write one with `ddb-migrate plan --out <file>` first.',
    });
  }
  return parseSavedPlan(text, path, toolVersion());
}
