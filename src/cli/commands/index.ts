import type { Command } from '../command.js';
import { applyCommand } from './apply.js';
import { driftCommand } from './drift.js';
import { dropCommand } from './drop.js';
import { historyCommand } from './history.js';
import { importCommand } from './import.js';
import { localCommand } from './local.js';
import { migrateCommand } from './migrate.js';
import { migrationCommand } from './migration.js';
import { planCommand } from './plan.js';
import { resetCommand } from './reset.js';
import { seedCommand } from './seed.js';
import { statusCommand } from './status.js';
import { validateCommand } from './validate.js';

/** Every command, in the order `--help` lists them. Each file loads its implementation lazily. */
export const commands: readonly Command[] = [
  validateCommand,
  planCommand,
  applyCommand,
  driftCommand,
  seedCommand,
  resetCommand,
  dropCommand,
  importCommand,
  historyCommand,
  statusCommand,
  localCommand,
  migrationCommand,
  migrateCommand,
];
