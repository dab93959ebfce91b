/** Temporary project directories for spec tests: write files, get the dir, clean up after. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { displayPath } from '../../src/util/display-path.js';

const made: string[] = [];

/** A fresh directory holding `files` (paths relative to it). */
export async function projectDir(files: Readonly<Record<string, string>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ddb-migrate-spec-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** Removes every directory `projectDir` made (call from an `after` hook). */
export async function removeProjectDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A small valid table file; `extra` lines are appended at top level. */
export function tableYaml(name: string, extra = ''): string {
  return `table: ${name}\npartitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: S }\n${extra}`;
}

/** How problems name `rel` of project `dir`: relative to the current directory (displayPath). */
export function shown(dir: string, rel: string): string {
  return displayPath(join(dir, rel));
}
