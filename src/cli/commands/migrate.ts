import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';
import { withCapacityPercent, withDuration, withPositiveInteger } from '../option-values.js';

export const migrateCommand = defineCommand({
  command: 'migrate <action>',
  describe: 'Run data migrations as one of many workers sharing their segments (migrate run --worker)',
  builder: (y) =>
    withCapacityPercent(
      withPositiveInteger(
        withDuration(
          withDuration(withCommandOptions(y), 'lease', 'How long a claimed segment stays this worker\'s without renewal; a killed worker\'s segment is taken over after it', '60s', { positive: true }),
          'lock-timeout',
          'How long to wait for the apply lock while the shared work is created',
          '15m',
        ),
        'segments',
        'Parallel-scan segments to split each migration into (default: one per 2 GB of its first table, at least 16)',
      ),
    )
      .positional('action', { choices: ['run'] as const, demandOption: true, describe: 'run: work on the pending migrations' })
      .option('worker', { type: 'boolean', default: false, describe: 'Join the workers sharing the migrations (required: apply runs them in-process)' })
      .option('migration', { type: 'string', describe: 'Only this migration (its id, e.g. 0003_backfill)' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format of the result' }),
  examples: [
    ['$0 migrate run --worker --env prod', 'One worker: start as many as you like, on any machines (docs/workers.md)'],
    ['$0 migrate run --worker --env prod --migration 0003_backfill --segments 64', 'Only one migration, split into 64 segments'],
  ],
  run: async (args, io) => {
    const { runMigrate } = await import('../flows/migrate-flow.js');
    return runMigrate(args, io);
  },
});
