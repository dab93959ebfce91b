/**
 * `migration new <name>`: writes `migrations/NNNN_<snake_name>.ts` with the next number and a
 * commented skeleton. No AWS SDK here: the command must stay light.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DdbMigrateError } from '../model/errors.js';
import { displayPath } from '../util/display-path.js';
import { MIGRATIONS_DIR, nextMigrationNumber } from './loader.js';
import { SKELETON_MARKER } from './static-meta.js';
import type { MigrationPhase } from './types.js';

/** `Backfill message-group UUID` -> `backfill_message_group_uuid`. */
export function snakeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The skeleton's text (exported for tests). */
export function skeleton(id: string, phase: MigrationPhase): string {
  return `${SKELETON_MARKER}
// ddb-migrate reads \`meta\` from this text without running the file (plan, drift and history run no
// project code): keep it a literal of strings, or declare it in header lines such as
// \`// ddb-migrate: phase=before\` and \`// ddb-migrate: tables=a,b\`.
/**
 * ${id}: describe the data change, and why the schema alone cannot do it.
 *
 * Runs once per environment, ${phase} the schema steps of \`ddb-migrate apply\`, and is recorded
 * in the control table with a checksum of this file: do not edit it once applied (write a new one).
 * Make it idempotent (a ConditionExpression, or skip rows already done) and checkpoint as you go:
 * a killed run resumes from ctx.lastCheckpoint().
 */
import type { MigrationContext, MigrationMeta, ScanCursor } from '@ddb-migrate/cli';

export const meta: MigrationMeta = {
  phase: '${phase}', // 'before' | 'after' the schema steps of the same apply
  tables: [], // the tables it touches (shown by \`plan\`), e.g. ['cruddur-messages']
  description: '',
};

export async function up(ctx: MigrationContext): Promise<void> {
  // const table = ctx.tables['my-table'];
  // for await (const page of ctx.scan(table, { segments: 4, startFrom: ctx.lastCheckpoint<ScanCursor>() })) {
  //   for (const item of page.items) {
  //     await ctx.update(table, {
  //       Key: { pk: item.pk, sk: item.sk },
  //       UpdateExpression: 'SET new_attr = :v',
  //       ConditionExpression: 'attribute_not_exists(new_attr)', // idempotent
  //       ExpressionAttributeValues: { ':v': 'value' },
  //     });
  //   }
  //   ctx.progress(page.items.length);
  //   await ctx.checkpoint(page.cursor); // a killed run resumes after this page
  // }
  void ctx;
}

// Optional: undo \`up\` (not run by apply).
// export async function down(ctx: MigrationContext): Promise<void> {}
`;
}

/**
 * Writes the next migration of `dir` (or number `at`); returns its path relative to `dir`.
 * Refuses to overwrite (two runs at once both picking the same number).
 */
export async function newMigration(dir: string, name: string, phase: MigrationPhase, at?: number): Promise<string> {
  const snake = snakeName(name);
  if (snake === '' || !/^[a-z0-9]/.test(snake)) {
    throw new DdbMigrateError({ code: 'MIGRATION_BAD_NAME', message: `'${name}' does not make a migration name`, hint: 'Use letters and digits, e.g. ddb-migrate migration new backfill_message_group_uuid' });
  }
  const number = at ?? (await nextMigrationNumber(dir));
  if (number > 9999) throw new DdbMigrateError({ code: 'MIGRATION_BAD_NAME', message: 'migration numbers are four digits and 9999 is taken' });
  const id = `${String(number).padStart(4, '0')}_${snake}`;
  const file = `${MIGRATIONS_DIR}/${id}.ts`;
  await mkdir(join(dir, MIGRATIONS_DIR), { recursive: true });
  try {
    await writeFile(join(dir, file), skeleton(id, phase), { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      const shown = displayPath(join(dir, file));
      throw new DdbMigrateError({ code: 'MIGRATION_EXISTS', message: `${shown} already exists`, location: { file: shown, line: 1, col: 1 }, hint: 'Pick another name.' });
    }
    throw e;
  }
  return file;
}
