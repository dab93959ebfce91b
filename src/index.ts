/** Programmatic API. */
export type * from './model/table-shape.js';
export type * from './model/change.js';
export type * from './model/step.js';
export type * from './model/plan.js';
export type * from './model/target.js';
export { DdbMigrateError, ExitCode, formatProblem } from './model/errors.js';
export { main } from './cli/main.js';
export type * from './migrations/types.js';
