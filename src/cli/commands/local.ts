import { defineCommand } from '../command.js';
import { withGlobalOptions } from '../global-options.js';

export const localCommand = defineCommand({
  command: 'local [action]',
  describe: 'Run the embedded DynamoDB Local in the foreground (Ctrl-C stops it), or show / stop the warm engine --local keeps running',
  builder: (y) =>
    withGlobalOptions(y, false)
      .positional('action', { choices: ['status', 'stop'] as const, describe: 'status: show the project\'s warm engine; stop: save its snapshot and stop it' })
      .option('port', { type: 'number', default: 8000, describe: 'Port to listen on' })
      .option('in-memory', { type: 'boolean', default: false, describe: 'Keep no data on disk (default: a snapshot in <dir>/.ddb-local/)' })
      .option('delay-transient-statuses', {
        type: 'boolean',
        default: false,
        describe: 'Hold CREATING/DELETING states like AWS does (slow; for testing waits)',
      }),
  examples: [
    ['$0 local', 'DynamoDB Local on localhost:8000, data kept in .ddb-local/'],
    ['$0 local --in-memory --port 8001', 'A throw-away engine on another port'],
    ['$0 local status', 'The warm engine --local started: pid, port, since when'],
    ['$0 local stop', 'Save its snapshot and stop it'],
  ],
  run: async (args, io) => {
    if (args.action) {
      const { runLocalAction } = await import('../flows/local-flow.js');
      return runLocalAction(args.action, args.dir, io);
    }
    const { serveLocal } = await import('../../app/local.js');
    return serveLocal(
      { port: args.port, inMemory: args.inMemory, dir: args.dir, delayTransientStatuses: args.delayTransientStatuses },
      io,
    );
  },
});
