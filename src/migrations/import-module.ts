/**
 * Imports a migration module. `.js` / `.mjs` go through plain `import()`; `.ts` / `.mts` through
 * tsx's `tsImport`, because the CLI runs as compiled JS under plain node. Both bypass the module
 * cache (a query string / a fresh tsx namespace) so an edited file is read again in one process.
 */
import { pathToFileURL } from 'node:url';
import { DdbMigrateError } from '../model/errors.js';

export const TS_EXTENSIONS: ReadonlySet<string> = new Set(['ts', 'mts']);

/** The module namespace of `absPath` (relative `file` for problems); `version` busts the module cache. */
export async function importMigration(absPath: string, file: string, version: string): Promise<Record<string, unknown>> {
  const ext = absPath.slice(absPath.lastIndexOf('.') + 1);
  const url = pathToFileURL(absPath);
  if (!TS_EXTENSIONS.has(ext)) {
    url.search = `?v=${version}`;
    return (await import(url.href)) as Record<string, unknown>;
  }
  let tsImport: (specifier: string, parent: string) => Promise<unknown>;
  try {
    ({ tsImport } = (await import('tsx/esm/api')) as { tsImport: typeof tsImport });
  } catch (e) {
    throw new DdbMigrateError({
      code: 'MIGRATION_LOAD_FAILED',
      message: `cannot load TypeScript without tsx: ${(e as Error).message}`,
      location: { file, line: 1, col: 1 },
      hint: 'Reinstall @ddb-migrate/cli (tsx is one of its dependencies), or write the migration as .mjs.',
    });
  }
  return (await tsImport(url.href, import.meta.url)) as Record<string, unknown>;
}
