/**
 * Reads `migrations/` of a project: every `NNNN_name.ts|mts|js|mjs`, sorted by number, each with
 * the sha256 of its bytes and its metadata read from the text (src/migrations/static-meta.ts);
 * only `loadMigrations` (apply) imports the modules. All problems of all files are reported at once.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import { displayPath } from '../util/display-path.js';
import { importMigration } from './import-module.js';
import { readStaticMeta } from './static-meta.js';
import type { LoadedMigration, MigrationFile, MigrationMeta, MigrationModule, MigrationPhase } from './types.js';

export const MIGRATIONS_DIR = 'migrations';

/** `0001_backfill_message_group_uuid.ts`: four digits, a snake_case name, a module extension. */
const NAME = /^(\d{4})_([a-z0-9][a-z0-9_]*)\.(ts|mts|js|mjs)$/;
/** Files that look like they were meant to be migrations (helpers belong in a sub-folder). */
const MODULE = /\.(ts|mts|js|mjs)$/;
const PHASES: ReadonlySet<string> = new Set<MigrationPhase>(['before', 'after']);

interface NamedFile {
  readonly name: string;
  readonly id: string;
  readonly number: number;
}

/** The migration file names of `<dir>/migrations` (no import): valid ones sorted, and problems. */
export async function listMigrationNames(dir: string): Promise<{ files: NamedFile[]; problems: Problem[] }> {
  let names: string[];
  try {
    const entries = await readdir(join(dir, MIGRATIONS_DIR), { withFileTypes: true });
    names = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], problems: [] };
    throw e;
  }
  const problems: Problem[] = [];
  // A symlinked migration is followed like any file; one that loops or points nowhere is an error,
  // never a migration skipped without a word.
  for (const name of [...names]) {
    if (!MODULE.test(name)) continue;
    const problem = await unreadableLink(join(dir, MIGRATIONS_DIR, name), displayPath(join(dir, MIGRATIONS_DIR, name)));
    if (problem) {
      problems.push(problem);
      names = names.filter((n) => n !== name);
    }
  }
  const files: NamedFile[] = [];
  const byNumber = new Map<number, string>();
  for (const name of names.sort()) {
    if (!MODULE.test(name) || /\.d\.m?ts$/.test(name)) continue;
    const shown = displayPath(join(dir, MIGRATIONS_DIR, name));
    const m = NAME.exec(name);
    if (!m) {
      problems.push({
        code: 'MIGRATION_BAD_NAME',
        message: `'${name}' is not a migration file name (NNNN_snake_name.ts, .mts, .js or .mjs)`,
        location: { file: shown, line: 1, col: 1 },
        hint: 'Rename it (ddb-migrate migration new <name> picks the next number), or move helpers into a sub-folder.',
      });
      continue;
    }
    const number = Number(m[1]);
    const other = byNumber.get(number);
    if (other !== undefined) {
      problems.push({
        code: 'MIGRATION_DUPLICATE_NUMBER',
        message: `${name} has the same number as ${other}`,
        location: { file: shown, line: 1, col: 1 },
        hint: 'Renumber the newer one to the next free number (two branches probably both added one).',
      });
      continue;
    }
    byNumber.set(number, name);
    files.push({ name, id: name.replace(MODULE, ''), number });
  }
  files.sort((a, b) => a.number - b.number);
  return { files, problems };
}

/** The problem of a directory entry that does not lead to a readable file (a broken or looping link), else null. */
async function unreadableLink(path: string, shown: string): Promise<Problem | null> {
  try {
    if ((await stat(path)).isFile()) return null;
    return { code: 'MIGRATION_NOT_A_FILE', message: `${shown} is not a file`, location: { file: shown, line: 1, col: 1 }, hint: 'Point the link at a migration file, or remove it.' };
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code ?? 'error';
    const what = errno === 'ELOOP' ? 'is a symbolic link that loops' : errno === 'ENOENT' ? 'is a symbolic link to nothing' : `cannot be read (${errno})`;
    return { code: 'MIGRATION_UNREADABLE', message: `${shown} ${what}`, location: { file: shown, line: 1, col: 1 }, hint: 'Point the link at a real migration file, or remove it.' };
  }
}

/** The next free migration number of `dir` (1 when there is none). */
export async function nextMigrationNumber(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(join(dir, MIGRATIONS_DIR));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 1;
    throw e;
  }
  const numbers = names.map((n) => /^(\d+)_/.exec(n)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return numbers.length === 0 ? 1 : Math.max(...numbers) + 1;
}

function metaProblems(meta: unknown): string[] {
  if (meta === undefined) return [];
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) return ['`meta` must be an object'];
  const m = meta as Record<string, unknown>;
  const out: string[] = [];
  const known = new Set(['tables', 'phase', 'description']);
  for (const k of Object.keys(m)) if (!known.has(k)) out.push(`unknown field meta.${k} (known: tables, phase, description)`);
  if (m['phase'] !== undefined && !PHASES.has(m['phase'] as string)) out.push(`meta.phase must be 'before' or 'after', not ${JSON.stringify(m['phase'])}`);
  if (m['tables'] !== undefined && !(Array.isArray(m['tables']) && m['tables'].every((t) => typeof t === 'string'))) out.push('meta.tables must be a list of table names');
  if (m['description'] !== undefined && typeof m['description'] !== 'string') out.push('meta.description must be a string');
  return out;
}

/** One file's metadata from its text (no import): `plan`, `drift` and `history` use only this. */
async function readOne(dir: string, f: NamedFile): Promise<MigrationFile | Problem[]> {
  const file = `${MIGRATIONS_DIR}/${f.name}`;
  const absPath = join(dir, MIGRATIONS_DIR, f.name);
  const shown = displayPath(absPath);
  const bytes = await readFile(absPath);
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const at = { location: { file: shown, line: 1, col: 1 } };
  const found = readStaticMeta(bytes.toString('utf8'));
  if (found.notStatic !== null) {
    return [
      {
        code: 'MIGRATION_META_NOT_STATIC',
        message: `${shown}: meta must be readable without running the file: ${found.notStatic}`,
        ...at,
        field: 'meta',
        hint: "Write it as a literal (export const meta = { phase: 'after', tables: ['t'], description: '...' }), or add header lines such as `// ddb-migrate: phase=before`.",
      },
    ];
  }
  const problems = metaProblems(found.fields).map((message): Problem => ({ code: 'MIGRATION_BAD_META', message: `${shown}: ${message}`, ...at, field: 'meta' }));
  if (problems.length > 0) return problems;
  const meta = found.fields as MigrationMeta;
  return {
    id: f.id,
    number: f.number,
    file,
    shown,
    absPath,
    checksum,
    phase: meta.phase ?? 'after',
    tables: [...(meta.tables ?? [])],
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    unedited: found.skeleton,
  };
}

/** Imports one file (apply only) and checks its exports, and that its `meta` is what its text said. */
async function importOne(f: MigrationFile): Promise<LoadedMigration | Problem[]> {
  const at = { location: { file: f.shown, line: 1, col: 1 } };
  let mod: Record<string, unknown>;
  try {
    mod = await importMigration(f.absPath, f.shown, f.checksum.slice(0, 16));
  } catch (e) {
    if (e instanceof DdbMigrateError) return [...e.problems];
    return [{ code: 'MIGRATION_LOAD_FAILED', message: `cannot load ${f.shown}: ${(e as Error).message}`, ...at }];
  }
  const problems: Problem[] = [];
  if (typeof mod['up'] !== 'function')
    problems.push({ code: 'MIGRATION_NO_UP', message: `${f.shown} does not export an up(ctx) function`, ...at, hint: 'export async function up(ctx: MigrationContext) { ... }' });
  if (mod['down'] !== undefined && typeof mod['down'] !== 'function')
    problems.push({ code: 'MIGRATION_BAD_EXPORT', message: `${f.shown}: down must be a function`, ...at, field: 'down' });
  const exported = (mod['meta'] ?? {}) as MigrationMeta;
  if (metaProblems(mod['meta']).length === 0 && !sameMeta(f, exported)) {
    problems.push({
      code: 'MIGRATION_META_NOT_STATIC',
      message: `${f.shown}: the exported meta (phase ${exported.phase ?? 'after'}, tables ${JSON.stringify(exported.tables ?? [])}) is not what its text declares (phase ${f.phase}, tables ${JSON.stringify(f.tables)}), which plan showed`,
      ...at,
      field: 'meta',
      hint: 'Make the `// ddb-migrate:` header lines and the exported meta agree.',
    });
  }
  if (problems.length > 0) return problems;
  return { ...f, module: mod as unknown as MigrationModule };
}

function sameMeta(f: MigrationFile, m: MigrationMeta): boolean {
  return (m.phase ?? 'after') === f.phase && JSON.stringify(m.tables ?? []) === JSON.stringify(f.tables);
}

/**
 * The migrations of project `dir` read from their text, WITHOUT importing them (nothing of the
 * project runs), sorted by number. Throws `DdbMigrateError` (exit 1) with every bad name,
 * duplicate number and unreadable `meta`.
 */
export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const { read, problems } = await readAll(dir);
  if (problems.length > 0) throw new DdbMigrateError(problems);
  return read;
}

async function readAll(dir: string): Promise<{ read: MigrationFile[]; problems: Problem[] }> {
  const { files, problems } = await listMigrationNames(dir);
  const read: MigrationFile[] = [];
  for (const f of files) {
    const one = await readOne(dir, f);
    if (Array.isArray(one)) problems.push(...one);
    else read.push(one);
  }
  return { read, problems };
}

/**
 * The migrations of project `dir`, imported (this RUNS their top-level code: `apply` only), sorted
 * by number. Throws `DdbMigrateError` (exit 1) with every problem of `readMigrations` and every bad export.
 */
export async function loadMigrations(dir: string): Promise<LoadedMigration[]> {
  const { files, problems } = await listMigrationNames(dir);
  const loaded: LoadedMigration[] = [];
  for (const named of files) {
    const f = await readOne(dir, named);
    const one = Array.isArray(f) ? f : await importOne(f);
    if (Array.isArray(one)) problems.push(...one);
    else loaded.push(one);
  }
  if (problems.length > 0) throw new DdbMigrateError(problems);
  return loaded;
}
