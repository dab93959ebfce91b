/**
 * Reads every `tables/*.yaml|yml` of a project, validates them all (every problem of every file
 * at once), applies an environment's overrides and normalises to the canonical `TableShape`.
 */
import { join, sep } from 'node:path';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import type { TableShape } from '../model/table-shape.js';
import { checkConfig, controlTableClash, isKnownEnvironment, unknownEnvProblem, type ProjectConfig } from './config-file.js';
import { checkTableFile } from './check-table-file.js';
import { normaliseSpec } from './normalise.js';
import type { TableSpecDoc } from './spec-doc.js';
import { compareCodeUnits } from '../model/order.js';
import { displayPath } from '../util/display-path.js';
import { MAX_TABLE_FILE_BYTES, readProjectText } from './read-project-file.js';
import { listTableFiles, projectDirProblem } from './table-files.js';
import { resolvePolicyFiles } from './policy-files.js';

export { TABLES_DIR } from './table-files.js';

/** A valid table file. */
export interface LoadedTable {
  /** Path relative to the project directory, e.g. `tables/cruddur-messages.yaml`. */
  readonly file: string;
  readonly spec: TableSpecDoc;
}

export interface TableCheck {
  /** Errors and warnings of all files, in file order, then line order. */
  readonly problems: readonly Problem[];
  /** The valid files, sorted by table name (a table declared twice appears once). */
  readonly tables: readonly LoadedTable[];
  /** Files of tables/ that are not table files (not .yaml/.yml), relative to the project. */
  readonly ignored: readonly string[];
}

/**
 * Checks every table file of `dir` without throwing. `config` (default: read from `dir`, its own
 * problems ignored here) tells which environments exist.
 */
export async function checkTables(dir: string, config?: ProjectConfig): Promise<TableCheck> {
  const cfg = config ?? (await checkConfig(dir)).config;
  const knownEnvs = cfg.exists ? new Set(Object.keys(cfg.environments)) : null;
  const dirProblem = await projectDirProblem(dir);
  if (dirProblem) return { tables: [], ignored: [], problems: [dirProblem] };
  const { files, ignored, problems: listProblems } = await listTableFiles(dir);
  const problems: Problem[] = [...listProblems];
  const byName = new Map<string, LoadedTable>();
  const declaredIn = new Map<string, string>();
  const policyFiles: string[] = [];
  for (const file of files) {
    // Problems name the file as it opens from the current directory (displayPath).
    const shown = displayPath(join(dir, file));
    const read = await readProjectText(join(dir, file), shown, 'table file', { maxBytes: MAX_TABLE_FILE_BYTES });
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const text = read.text;
    const checked = checkTableFile(shown, text, knownEnvs);
    problems.push(...checked.problems);
    // Duplicates are found from the declared name even when the file has other errors.
    const declared = declaredName(checked.source.value);
    if (declared === null) continue;
    const other = declaredIn.get(declared);
    if (other !== undefined)
      problems.push({
        code: 'SPEC_DUPLICATE_TABLE',
        message: `table '${declared}' is already declared in ${other}`,
        location: checked.source.locate(['table']),
        field: 'table',
        hint: 'One file per table: merge the two files or rename one table.',
      });
    else declaredIn.set(declared, shown);
    if (checked.spec && other === undefined) {
      const resolved = await resolvePolicyFiles(checked.spec, join(dir, file), checked.source);
      policyFiles.push(...resolved.files);
      problems.push(...resolved.problems);
      if (resolved.problems.length === 0) byName.set(declared, { file, spec: resolved.spec });
    }
  }
  const tables = [...byName.values()].sort((a, b) => compareCodeUnits(a.spec.table, b.spec.table));
  problems.push(...ignoredFileWarnings(dir, ignored, policyFiles));
  problems.push(...controlTableClash(cfg, declaredIn));
  return { problems, tables, ignored };
}

/**
 * Said, not skipped silently: a `users.json` in tables/ is not a table (only .yaml/.yml are).
 * Markdown notes are expected there and not worth a warning, nor are the resource policy files a
 * table file names (`resourcePolicy: policies/orders.json`) and the folders that hold them.
 */
function ignoredFileWarnings(dir: string, ignored: readonly string[], policyFiles: readonly string[]): Problem[] {
  const named = (abs: string) => policyFiles.some((f) => f === abs || f.startsWith(`${abs}${sep}`));
  return ignored
    .filter((f) => !/\.md$/i.test(f) && !named(join(dir, f)))
    .map((file) => ({
      code: 'SPEC_IGNORED_FILE',
      severity: 'warning' as const,
      message: `${displayPath(join(dir, file))} is not a table file and is ignored (table files are the .yaml and .yml files directly in tables/)`,
      location: { file: displayPath(join(dir, file)), line: 1, col: 1 },
      hint: 'Rename or move it to tables/<table>.yaml if it describes a table; otherwise move it out of tables/.',
    }));
}

/**
 * The canonical shapes of all tables for `envName` (null: the base), sorted by table name.
 * Throws `DdbMigrateError` (exit 1) with every error of the config and of every table file, or
 * when `envName` is not defined in ddb-migrate.yaml (`local` always is). `loaded`: the project's
 * config when the caller has read it already.
 */
export async function loadTables(dir: string, envName: string | null, loaded?: ProjectConfig): Promise<TableShape[]> {
  return (await loadTablesWithWarnings(dir, envName, loaded)).tables;
}

/**
 * {@link loadTables}, and the warnings `validate` would print (a capacity above the default quota,
 * a file not named after its table, ...): plan and apply report them too, so a value that will
 * fail at CreateTable unless the account's quota was raised is said before the plan, not after.
 */
export async function loadTablesWithWarnings(dir: string, envName: string | null, loaded?: ProjectConfig): Promise<{ readonly tables: TableShape[]; readonly warnings: readonly Problem[] }> {
  const dirProblem = await projectDirProblem(dir);
  if (dirProblem) throw new DdbMigrateError(dirProblem);
  // A config the caller loaded already (loadConfig: valid) is not read again.
  const { config, problems: configProblems } = loaded ? { config: loaded, problems: [] } : await checkConfig(dir);
  const { tables, problems } = await checkTables(dir, config);
  // Commands that act on tables refuse a project without tables/ (a wrong --dir would otherwise plan
  // "nothing declared", and --prune would drop every live table); validate keeps it a warning.
  const errors = [...configProblems, ...problems].filter((p) => p.severity !== 'warning' || p.code === 'SPEC_NO_TABLES_DIR').map((p) => (p.code === 'SPEC_NO_TABLES_DIR' ? { ...p, severity: 'error' as const } : p));
  if (envName !== null && configProblems.length === 0 && !isKnownEnvironment(config, envName)) errors.push(unknownEnvProblem(config, envName));
  if (errors.length) throw new DdbMigrateError(errors);
  const warnings = [...configProblems, ...problems].filter((p) => p.severity === 'warning');
  return { tables: tables.map((t) => normaliseSpec(t.spec, envName)), warnings };
}

function declaredName(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const t = (value as Record<string, unknown>)['table'];
  return typeof t === 'string' ? t : null;
}
