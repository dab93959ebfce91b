import type { Command } from '../command.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `--help` lists them. Each file loads its implementation lazily. */
export const commands: readonly Command[] = [
  validateCommand,
];
