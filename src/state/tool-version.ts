/** The running tool's version, for history records and saved plans. */
import { readFileSync } from 'node:fs';

let cached: string | null = null;

/**
 * The `version` of this package's package.json. Both src/state (tsx) and dist/state (built) sit
 * two levels below the package root, so one relative path serves both.
 */
export function toolVersion(): string {
  if (cached !== null) return cached;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    cached = '0.0.0';
  }
  return cached;
}
