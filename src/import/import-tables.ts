/** Live tables → table files: the first step of adopting the tool on existing tables. */
import type { LiveClient } from '../live/live-client.js';
import { describeTable, listAllTables, readLiveTables } from '../live/read-live.js';
import { DdbMigrateError } from '../model/errors.js';
import { DEFAULT_CONTROL_TABLE } from '../state/control-table.js';
import { shapeToSpecYaml, type SpecYamlOptions } from './to-spec-yaml.js';
import { unmappedFields, type UnmappedField } from './unmapped-fields.js';

export interface ImportOptions extends SpecYamlOptions {
  /** The project's control table, never imported unless named (the default one never is either). */
  readonly controlTable?: string;
}

export interface ImportedTable {
  readonly table: string;
  readonly yaml: string;
  /** Settings of the live table the file cannot express (written in it as a comment): warn about them. */
  readonly unmapped: readonly UnmappedField[];
}

/** `Omit<ImportOptions, 'unmapped'>`: the importer finds those itself. */
type Options = Omit<ImportOptions, 'unmapped'>;

/**
 * The table file of each of `names` (default: every table at the endpoint except the control
 * table), sorted by table name. A named table that does not exist is an error (exit 1).
 */
export async function importTables(liveClient: LiveClient, names?: readonly string[], opts: Options = {}): Promise<ImportedTable[]> {
  const own = new Set([DEFAULT_CONTROL_TABLE, opts.controlTable ?? DEFAULT_CONTROL_TABLE]);
  const named = names !== undefined && names.length > 0;
  const wanted = named ? [...new Set(names)] : (await listAllTables(liveClient.client)).filter((n) => !own.has(n));
  const live = await readLiveTables(liveClient, wanted);
  // A listed table deleted before it was read is simply gone; only a named one is an error.
  const missing = named ? wanted.filter((n) => !live.has(n)) : [];
  if (missing.length > 0) {
    throw new DdbMigrateError(
      missing.map((n) => ({
        code: 'IMPORT_TABLE_NOT_FOUND',
        table: n,
        message: `--table ${n}: no such table at this endpoint.`,
        hint: 'Check the name and the target (--env / --endpoint-url / --region); nothing was written.',
      })),
    );
  }
  const tables = [...live.values()].filter((t) => named || t.status !== 'DELETING');
  // The raw descriptions, for the fields the shape has no place for (the safety net).
  const descriptions = await Promise.all(tables.map((t) => describeTable(liveClient.client, t.shape.name)));
  return tables
    .map((t, i) => {
      const desc = descriptions[i];
      const unmapped = desc ? unmappedFields(desc) : [];
      return { table: t.shape.name, yaml: shapeToSpecYaml(t.shape, t.unsupported, { ...opts, unmapped }), unmapped };
    })
    .sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
}
