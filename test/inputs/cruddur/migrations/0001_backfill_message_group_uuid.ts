/**
 * 0001_backfill_message_group_uuid: copies `message_group_uuid` onto existing `MSG#` rows of
 * cruddur-messages, derived from their partition key `MSG#<message_group_uuid>`, so the
 * message-group-sk-index GSI (message_group_uuid + sk) can serve a group's messages too.
 *
 * Idempotent: the scan only returns MSG# rows without the attribute, and each UpdateItem is
 * conditional on it still being absent (an app write meanwhile wins). Resumable: the parallel
 * scan's cursor is checkpointed after every page.
 */
import type { MigrationContext, MigrationMeta, ScanCursor } from '../../../../src/migrations/types.js';

export const meta: MigrationMeta = {
  phase: 'after',
  tables: ['cruddur-messages'],
  description: 'Copy message_group_uuid onto MSG# rows (from their pk) so message-group-sk-index serves messages',
};

const PREFIX = 'MSG#';
/** UpdateItem calls in flight per page. */
const PARALLEL_UPDATES = 16;

export async function up(ctx: MigrationContext): Promise<void> {
  const table = ctx.tables['cruddur-messages'] ?? 'cruddur-messages';
  const pages = ctx.scan(table, {
    segments: 4,
    startFrom: ctx.lastCheckpoint<ScanCursor>(),
    FilterExpression: 'begins_with(pk, :msg) AND attribute_not_exists(message_group_uuid)',
    ProjectionExpression: 'pk, sk',
    ExpressionAttributeValues: { ':msg': PREFIX },
  });
  let updated = 0;
  for await (const page of pages) {
    const rows = page.items.filter((i) => typeof i['pk'] === 'string' && (i['pk'] as string).length > PREFIX.length);
    for (let i = 0; i < rows.length; i += PARALLEL_UPDATES) {
      const done = await Promise.all(
        rows.slice(i, i + PARALLEL_UPDATES).map((row) =>
          ctx.update(table, {
            Key: { pk: row['pk'], sk: row['sk'] },
            UpdateExpression: 'SET message_group_uuid = :g',
            ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(message_group_uuid)',
            ExpressionAttributeValues: { ':g': (row['pk'] as string).slice(PREFIX.length) },
          }),
        ),
      );
      updated += done.filter(Boolean).length;
    }
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
  }
  ctx.log(`${ctx.dryRun ? 'would set' : 'set'} message_group_uuid on ${updated} MSG# rows`);
}

/** Removes the attribute again from MSG# rows (where it equals the pk's UUID). Not run by apply. */
export async function down(ctx: MigrationContext): Promise<void> {
  const table = ctx.tables['cruddur-messages'] ?? 'cruddur-messages';
  for await (const page of ctx.scan(table, { segments: 4, FilterExpression: 'begins_with(pk, :msg)', ProjectionExpression: 'pk, sk', ExpressionAttributeValues: { ':msg': PREFIX } })) {
    for (const row of page.items) {
      await ctx.update(table, {
        Key: { pk: row['pk'], sk: row['sk'] },
        UpdateExpression: 'REMOVE message_group_uuid',
        ConditionExpression: 'message_group_uuid = :g',
        ExpressionAttributeValues: { ':g': (row['pk'] as string).slice(PREFIX.length) },
      });
    }
    ctx.progress(page.items.length);
  }
}
