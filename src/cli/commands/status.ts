import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';

export const statusCommand = defineCommand({
  command: 'status',
  describe: 'Show the operations a detached apply left running (GSI builds, replica creations): state, backfilling, elapsed, estimate',
  builder: (y) => withCommandOptions(y).option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }),
  examples: [
    ['$0 status --env prod', 'What `apply --detach` / `--wait-timeout` left running on prod'],
    ['$0 status --env prod --format json', 'As JSON, for scripts'],
  ],
  run: async (args, io) => {
    const { runStatus } = await import('../flows/status-flow.js');
    return runStatus(args, io);
  },
});
