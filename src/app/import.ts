/** `importTables`: live tables → `<outDir>/<table>.yaml`, never overwriting without `force`. */
import { existsSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTables as importLive } from '../import/import-tables.js';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import { checkTables, TABLES_DIR } from '../desired/load-tables.js';
import { displayPath } from '../util/display-path.js';
import type { TargetInfo } from './events.js';
import type { ProjectOptions } from './options.js';
import { withProject } from './project.js';

/** Options of {@link importTables}. */
export interface ImportTablesOptions extends ProjectOptions {
  /** Only these live tables (default: every table except the control table). */
  readonly tables?: readonly string[] | undefined;
  /** Where to write `<table>.yaml`, relative to `dir`. Default `tables`. */
  readonly outDir?: string | undefined;
  /** Overwrite files that already exist. */
  readonly force?: boolean | undefined;
}

/** The files {@link importTables} wrote. */
export interface ImportResult {
  readonly target: TargetInfo;
  /** The files written (absolute paths), in table-name order; empty when the endpoint has no tables. */
  readonly files: readonly string[];
  /** Live settings no table file can express: written into the file as a comment, not managed by plan or apply. */
  readonly unmapped: readonly UnmappedSetting[];
}

/** One live setting {@link importTables} could not express (see `IMPORT_UNMAPPED_FIELD`). */
export interface UnmappedSetting {
  readonly table: string;
  /** The file it is written into, as a comment (absolute path). */
  readonly file: string;
  /** Its place in the DescribeTable answer, e.g. `Replicas` (SSE and warm throughput are mapped now). */
  readonly field: string;
}

/** This package's table.schema.json (src/app and dist/app are both two levels down). */
const SCHEMA_FILE = fileURLToPath(new URL('../../schema/table.schema.json', import.meta.url));
/** The schema of a copy installed in the project: the reference every teammate's checkout resolves. */
const INSTALLED_SCHEMA = join('node_modules', '@ddb-migrate', 'cli', 'schema', 'table.schema.json');

/** The schema reference for files in `outDir`: the project's installed copy, else the running one. */
function schemaRef(dir: string, outDir: string): string {
  const installed = join(dir, INSTALLED_SCHEMA);
  return relative(outDir, existsSync(installed) ? installed : SCHEMA_FILE).split(sep).join('/');
}

/**
 * Writes a table file for each live table, to adopt existing tables. Nothing is written unless
 * every file can be (an existing file without `force`, a table declared elsewhere in tables/).
 */
export async function importTables(opts: ImportTablesOptions): Promise<ImportResult> {
  return withProject(opts, async (project) => {
    const dir = project.dir;
    const outDir = resolve(dir, opts.outDir ?? TABLES_DIR);
    const imported = await importLive(project.liveClient, opts.tables, { controlTable: project.controlTable, schema: schemaRef(dir, outDir) });
    const files = imported.map((t) => ({ ...t, path: join(outDir, `${t.table}.yaml`) }));
    const problems = [
      ...(opts.force ? [] : await existing(files.map((f) => f.path))),
      ...(outDir === resolve(dir, TABLES_DIR) ? await declaredElsewhere(dir, files) : []),
    ];
    // Nothing is written unless every file can be: a half-done import is harder to review.
    if (problems.length > 0) throw new DdbMigrateError(problems);
    if (files.length > 0) await mkdir(outDir, { recursive: true });
    for (const f of files) {
      await writeFile(f.path, f.yaml);
      project.emit({ kind: 'file-written', path: f.path });
    }
    const unmapped = files.flatMap((f) => f.unmapped.map((u) => ({ table: f.table, file: f.path, field: u.path })));
    return { target: project.info, files: files.map((f) => f.path), unmapped };
  });
}

/** Problems name the files as they open from the current directory, as every path ddb-migrate prints. */
async function existing(paths: readonly string[]): Promise<Problem[]> {
  const found: Problem[] = [];
  for (const path of paths) {
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    const file = displayPath(path);
    found.push({
      code: 'IMPORT_FILE_EXISTS',
      location: { file, line: 1, col: 1 },
      message: `${file} already exists; import does not overwrite it.`,
      hint: 'Pass --force to overwrite it, --out-dir to write elsewhere, or --table to import other tables. Nothing was written.',
    });
  }
  return found;
}

/** A table already declared in another file of tables/ would be declared twice. */
async function declaredElsewhere(dir: string, files: readonly { table: string; path: string }[]): Promise<Problem[]> {
  const { tables } = await checkTables(dir);
  const byName = new Map(tables.map((t) => [t.spec.table, t.file]));
  return files.flatMap((f) => {
    const other = byName.get(f.table);
    if (other === undefined || resolve(dir, other) === f.path) return [];
    const shown = displayPath(join(dir, other));
    return [
      {
        code: 'IMPORT_ALREADY_DECLARED',
        table: f.table,
        location: { file: shown, line: 1, col: 1 },
        message: `table '${f.table}' is already declared in ${shown}; importing it to ${displayPath(f.path)} would declare it twice.`,
        hint: 'Leave it out with --table, or remove that file first. Nothing was written.',
      },
    ];
  });
}
