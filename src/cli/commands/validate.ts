import type { Argv } from 'yargs';
import { defineCommand } from '../command.js';
import type { GlobalArgs } from '../global-options.js';

interface ValidateArgs {
  readonly env: string | undefined;
  readonly format: 'text' | 'json';
  readonly fixtures: boolean;
  readonly runCodeFixtures: boolean;
  readonly codeFixtureTimeout: number;
}

/** `ddb-migrate validate`: checks the project's files, no network; exit 0 valid, 1 problems. */
export const validateCommand = defineCommand<ValidateArgs>({
  command: 'validate',
  describe: 'Check tables/ and ddb-migrate.yaml (every environment) without any network call',
  builder: (y: Argv) =>
    y
      .option('env', { type: 'string', describe: 'Also require this environment to be defined in ddb-migrate.yaml' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format (json: { ok, problems })' })
      .option('fixtures', { type: 'boolean', default: true, describe: 'Also generate and check every fixture item (--no-fixtures: specs only, fastest)' })
      .option('run-code-fixtures', { type: 'boolean', default: false, describe: 'Also run code fixtures (.js/.mjs/.ts: project code) to check their items; skipped by default' })
      .option('code-fixture-timeout', { type: 'number', default: 30, describe: 'Seconds each code fixture may run under --run-code-fixtures' })
      .check((a) => {
        const t = a['code-fixture-timeout'] as number;
        if (!Number.isFinite(t) || t <= 0) throw new Error('--code-fixture-timeout takes a number of seconds > 0');
        return true;
      }) as unknown as Argv<ValidateArgs>,
  examples: [
    ['$0 validate', 'Check every table file and environment; all problems at once, file:line:col'],
    ['$0 validate --format json', 'The same problems as JSON, for editors and CI'],
    ['$0 validate --run-code-fixtures', 'Also run the .js/.mjs/.ts fixtures (project code) and check their items'],
    ['$0 validate --no-fixtures', 'Specs and config only: the fast pre-commit hook'],
    ['$0 validate --dir infra/dynamodb --env prod', 'Check another project directory, and that env prod exists'],
  ],
  run: async (args, io) => {
    const { validateProject, hasErrors } = await import('../../app/validate.js');
    const { formatProblem } = await import('../../model/errors.js');
    const { dir, quiet } = args as unknown as GlobalArgs;
    const problems = await validateProject(dir, {
      env: args.env ?? null,
      fixtures: args.fixtures,
      ...(args.runCodeFixtures ? { runCodeFixtures: { timeoutMs: args.codeFixtureTimeout * 1000 } } : {}),
    });
    const ok = !hasErrors(problems);
    if (args.format === 'json') {
      io.out(JSON.stringify({ ok, problems }, null, 2));
    } else {
      for (const p of problems) io.err(formatProblem(p));
      const errors = problems.filter((p) => p.severity !== 'warning').length;
      const warnings = problems.length - errors;
      const files = new Set(problems.map((p) => p.location?.file).filter((f) => f !== undefined)).size;
      if (!ok) io.err(`${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}${files ? ` in ${files} file${files === 1 ? '' : 's'}` : ''}`);
      else if (!quiet) io.out(`valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
    }
    return ok ? 0 : 1;
  },
});
