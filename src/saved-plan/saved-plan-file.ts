/** Reading and writing saved-plan files. */
import { readFile, writeFile } from 'node:fs/promises';
import { DdbMigrateError } from '../model/errors.js';
import { parseSavedPlan, serialiseSavedPlan, type SavedPlanFile } from './saved-plan.js';
import { toolVersion } from '../state/tool-version.js';

export async function writeSavedPlan(path: string, file: SavedPlanFile): Promise<void> {
  await writeFile(path, serialiseSavedPlan(file));
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
