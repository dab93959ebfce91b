/**
 * Reads every `tables/*.yaml|yml` of a project, validates them all (every problem of every file
 * at once), applies an environment's overrides and normalises to the canonical `TableShape`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import type { TableShape } from '../model/table-shape.js';
import { checkConfig, controlTableClash, isKnownEnvironment, unknownEnvProblem, type ProjectConfig } from './config-file.js';
import { checkTableFile } from './check-table-file.js';
import { normaliseSpec } from './normalise.js';
import type { TableSpecDoc } from './spec-doc.js';
import { compareCodeUnits } from '../model/order.js';

export const TABLES_DIR = 'tables';

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
}

/**
 * Checks every table file of `dir` without throwing. `config` (default: read from `dir`, its own
 * problems ignored here) tells which environments exist.
 */
export async function checkTables(dir: string, config?: ProjectConfig): Promise<TableCheck> {
  const cfg = config ?? (await checkConfig(dir)).config;
  const knownEnvs = cfg.exists ? new Set(Object.keys(cfg.environments)) : null;
  const files = await tableFiles(dir);
  if (files === null)
    return {
      tables: [],
      problems: [{ code: 'SPEC_NO_TABLES_DIR', severity: 'warning', message: `no ${TABLES_DIR}/ directory in ${dir}`, hint: 'Create tables/<table>.yaml, or pass --dir.' }],
    };
  const problems: Problem[] = [];
  const byName = new Map<string, LoadedTable>();
  const declaredIn = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch (e) {
      problems.push({ code: 'SPEC_READ_FAILED', message: `cannot read ${file}: ${(e as Error).message}`, location: { file, line: 1, col: 1 } });
      continue;
    }
    const checked = checkTableFile(file, text, knownEnvs);
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
    else declaredIn.set(declared, file);
    if (checked.spec && other === undefined) byName.set(declared, { file, spec: checked.spec });
  }
  const tables = [...byName.values()].sort((a, b) => compareCodeUnits(a.spec.table, b.spec.table));
  problems.push(...controlTableClash(cfg, declaredIn));
  return { problems, tables };
}

/**
 * The canonical shapes of all tables for `envName` (null: the base), sorted by table name.
 * Throws `DdbMigrateError` (exit 1) with every error of the config and of every table file, or
 * when `envName` is not defined in ddb-migrate.yaml (`local` always is).
 */
export async function loadTables(dir: string, envName: string | null): Promise<TableShape[]> {
  const { config, problems: configProblems } = await checkConfig(dir);
  const { tables, problems } = await checkTables(dir, config);
  // Commands that act on tables refuse a project without tables/ (a wrong --dir would otherwise plan
  // "nothing declared", and --prune would drop every live table); validate keeps it a warning.
  const errors = [...configProblems, ...problems].filter((p) => p.severity !== 'warning' || p.code === 'SPEC_NO_TABLES_DIR').map((p) => (p.code === 'SPEC_NO_TABLES_DIR' ? { ...p, severity: 'error' as const } : p));
  if (envName !== null && configProblems.length === 0 && !isKnownEnvironment(config, envName)) errors.push(unknownEnvProblem(config, envName));
  if (errors.length) throw new DdbMigrateError(errors);
  return tables.map((t) => normaliseSpec(t.spec, envName));
}

function declaredName(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const t = (value as Record<string, unknown>)['table'];
  return typeof t === 'string' ? t : null;
}

/** `tables/*.yaml|yml` relative to `dir`, sorted; null when there is no tables/ directory. */
async function tableFiles(dir: string): Promise<string[] | null> {
  try {
    const entries = await readdir(join(dir, TABLES_DIR), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
      .map((e) => `${TABLES_DIR}/${e.name}`)
      .sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
