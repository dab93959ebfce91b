import { defineCommand } from '../command.js';
import { withGlobalOptions } from '../global-options.js';

export const migrationCommand = defineCommand({
  command: 'migration <action> <name>',
  describe: 'Write the next numbered data migration skeleton in migrations/',
  builder: (y) =>
    withGlobalOptions(y, false)
      .positional('action', { choices: ['new'] as const, demandOption: true, describe: 'new: write the next numbered skeleton' })
      .positional('name', { type: 'string', demandOption: true, describe: 'What it does, e.g. backfill_message_group_uuid' })
      .option('phase', { choices: ['before', 'after'] as const, default: 'after' as const, describe: 'Run before or after the schema steps of apply' }),
  examples: [
    ['$0 migration new backfill_message_group_uuid', 'Write migrations/NNNN_backfill_message_group_uuid.ts (runs after the schema steps)'],
    ['$0 migration new "split user entity" --phase before', 'A migration that must run before the schema steps'],
  ],
  run: async (args, io) => {
    const [{ newMigration }, { displayPath }, { join }] = await Promise.all([import('../../app/new-migration.js'), import('../../util/display-path.js'), import('node:path')]);
    const file = await newMigration(args.dir, String(args.name), args.phase);
    // Named from the current directory, as every path ddb-migrate prints (`--dir ../v2`: ../v2/migrations/...).
    io.out(`Created ${displayPath(join(args.dir, file))}`);
    return 0;
  },
});
