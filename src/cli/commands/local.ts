import { defineCommand } from '../command.js';
import { withGlobalOptions } from '../global-options.js';

export const localCommand = defineCommand({
  command: 'local',
  describe: 'Run the embedded DynamoDB Local in the foreground for an app to use (Ctrl-C stops it)',
  builder: (y) =>
    withGlobalOptions(y, false)
      .option('port', { type: 'number', default: 8000, describe: 'Port to listen on' })
      .option('in-memory', { type: 'boolean', default: false, describe: 'Keep no data on disk (default: <dir>/.ddb-local/)' })
      .option('delay-transient-statuses', {
        type: 'boolean',
        default: false,
        describe: 'Hold CREATING/DELETING states like AWS does (slow; for testing waits)',
      }),
  examples: [
    ['$0 local', 'DynamoDB Local on localhost:8000, data kept in .ddb-local/'],
    ['$0 local --in-memory --port 8001', 'A throw-away engine on another port'],
  ],
  run: async (args, io) => {
    const { serveLocal } = await import('../../engine/serve.js');
    return serveLocal(
      { port: args.port, inMemory: args.inMemory, dir: args.dir, delayTransientStatuses: args.delayTransientStatuses },
      io,
    );
  },
});
