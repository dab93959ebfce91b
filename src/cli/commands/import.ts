import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';

export const importCommand = defineCommand({
  command: 'import',
  describe: 'Write table files from live tables, to adopt existing tables',
  builder: (y) =>
    withCommandOptions(y)
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable; default: every table)' })
      .option('out-dir', { type: 'string', default: 'tables', describe: 'Where to write <table>.yaml (relative to --dir)' })
      .option('force', { type: 'boolean', default: false, describe: 'Overwrite files that already exist' }),
  examples: [
    ['$0 import --env prod', 'Write tables/<table>.yaml for every table in prod'],
    ['$0 import --local --table cruddur-messages', 'Import one table from the local engine'],
    ['$0 import --env dev --out-dir imported --force', 'Import into imported/, overwriting earlier imports'],
  ],
  run: async (args, io) => {
    const { runImport } = await import('../flows/import-flow.js');
    return runImport(args, io);
  },
});
