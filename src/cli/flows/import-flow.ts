/** `ddb-migrate import`: live tables → `<out-dir>/<table>.yaml`, never overwriting without --force. */
import { existsSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTables } from '../../import/import-tables.js';
import { DdbMigrateError, ExitCode, type Problem } from '../../model/errors.js';
import { controlTableName } from '../../state/control-table.js';
import { loadConfig } from '../../desired/config.js';
import { checkTables, TABLES_DIR } from '../../desired/load-tables.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession } from '../session.js';
import { displayPath } from '../../util/display-path.js';

export interface ImportArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly outDir: string;
  readonly force: boolean;
}

/** This package's table.schema.json (src/cli/flows and dist/cli/flows are both three levels down). */
const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/table.schema.json', import.meta.url));
/** The schema of a copy installed in the project: the reference every teammate's checkout resolves. */
const INSTALLED_SCHEMA = join('node_modules', '@ddb-migrate', 'cli', 'schema', 'table.schema.json');

/** The schema reference for files in `outDir`: the project's installed copy, else the running one. */
function schemaRef(dir: string, outDir: string): string {
  const installed = join(dir, INSTALLED_SCHEMA);
  return relative(outDir, existsSync(installed) ? installed : SCHEMA_FILE).split(sep).join('/');
}

export async function runImport(args: ImportArgs, io: Io): Promise<number> {
  const dir = resolve(args.dir);
  const outDir = resolve(dir, args.outDir);
  const config = await loadConfig(dir);
  return withSession(args.dir, args, io, async (session) => {
    const imported = await importTables(session.liveClient, args.table, {
      controlTable: controlTableName(config),
      schema: schemaRef(dir, outDir),
    });
    if (imported.length === 0) {
      io.err(`No tables at ${session.endpointLabel} to import.`);
      return ExitCode.Ok;
    }
    const files = imported.map((t) => ({ ...t, path: join(outDir, `${t.table}.yaml`) }));
    const problems = [
      ...(args.force ? [] : await existing(files.map((f) => f.path))),
      ...(outDir === resolve(dir, TABLES_DIR) ? await declaredElsewhere(dir, files) : []),
    ];
    // Nothing is written unless every file can be: a half-done import is harder to review.
    if (problems.length > 0) throw new DdbMigrateError(problems);
    await mkdir(outDir, { recursive: true });
    for (const f of files) {
      await writeFile(f.path, f.yaml);
      io.out(`wrote ${displayPath(f.path)}`);
    }
    if (!args.quiet) {
      io.err(`Imported ${files.length} table(s) from ${session.endpointLabel}. Review the files, then run plan: it should show no changes.`);
    }
    return ExitCode.Ok;
  }, args.quiet);
}

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
