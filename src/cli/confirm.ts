import { DdbMigrateError } from '../model/errors.js';
import type { Io } from './io.js';

/**
 * Asks before changing anything, unless `--yes`. Without a TTY there is nobody to ask: that is an
 * error that says to pass `--yes`, never a silent "yes".
 */
export async function confirmOrRefuse(io: Io, question: string, yes: boolean): Promise<boolean> {
  if (yes) return true;
  if (!io.isTTY || !process.stdin.isTTY) {
    throw new DdbMigrateError({
      code: 'CLI_NEEDS_YES',
      message: 'This would change tables and there is no terminal to confirm on.',
      hint: 'Review the plan above and pass --yes to apply it non-interactively.',
    });
  }
  const { default: confirm } = await import('@inquirer/confirm');
  // Ctrl-C at the prompt is a "no", not an internal error.
  return confirm({ message: question, default: false }).catch((e: unknown) => {
    if (e instanceof Error && e.name === 'ExitPromptError') return false;
    throw e;
  });
}
