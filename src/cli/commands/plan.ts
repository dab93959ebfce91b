import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';

export const planCommand = defineCommand({
  command: 'plan',
  describe: 'Show what apply would change: diff tables/ against the live tables',
  builder: (y) =>
    withCommandOptions(y)
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable)' })
      .option('format', { choices: ['text', 'json', 'markdown'] as const, default: 'text' as const, describe: 'Output format' })
      .option('out', { type: 'string', describe: 'Also save the plan to this file, for `apply <file>` (refused later if the live tables change)' })
      .option('prune', { type: 'boolean', default: false, describe: 'Plan to drop live tables no spec declares (destructive)' })
      .option('preserve-data', { type: 'boolean', default: false, describe: 'Show how replacements would keep their items (apply --preserve-data)' })
      .option('detailed-exitcode', { type: 'boolean', default: false, describe: 'Exit 2 when there are changes, 0 when none' }),
  examples: [
    ['$0 plan --local', 'Plan against the local engine'],
    ['$0 plan --env prod --format markdown > plan.md', 'A plan for a pull-request comment'],
    ['$0 plan --env prod --detailed-exitcode', 'In CI: exit 2 when changes are pending'],
    ['$0 plan --env prod --out plan.json', 'Save the plan; `apply plan.json --env prod` runs exactly it'],
  ],
  run: async (args, io) => {
    const { runPlan } = await import('../flows/plan-flow.js');
    return runPlan(args, io);
  },
});
