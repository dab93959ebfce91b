/** `ddb-migrate migration new`: writes the next data migration skeleton of a project. */
export { newMigration } from '../migrations/new-migration.js';
