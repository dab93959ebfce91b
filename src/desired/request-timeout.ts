/**
 * `requestTimeout:` in ddb-migrate.yaml, at the top level and per environment: how long one attempt
 * of a call may take. The same rules as `--request-timeout` (which overrides it): a duration such as
 * 500ms, 30s, 1m, or a number of seconds; never zero (a zero timeout would mean none at all).
 */
import { DdbMigrateError, type Problem, type SourceLocation } from '../model/errors.js';
import { MAX_TIMER_MS, parseDuration } from '../state/duration.js';

/** `requestTimeout:` as written: a duration string, or a number of seconds. */
export type RequestTimeoutSetting = string | number;

/** Milliseconds of a valid setting, or why it is not one. */
export function requestTimeoutMs(value: RequestTimeoutSetting): { readonly ms: number } | { readonly reason: string } {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { reason: `is not a finite number; got ${String(value)}` };
    if (value <= 0) return { reason: `must be longer than zero (a zero timeout would mean none at all); got ${value}` };
    return withinTimer(Math.round(value * 1_000), String(value));
  }
  let ms: number;
  try {
    ms = parseDuration(value, 'requestTimeout');
  } catch (e) {
    if (e instanceof DdbMigrateError) return { reason: `is not a duration; got ${JSON.stringify(value)}` };
    throw e;
  }
  return ms > 0 ? withinTimer(ms, JSON.stringify(value)) : { reason: `must be longer than zero (a zero timeout would mean none at all); got ${JSON.stringify(value)}` };
}

/** A timer longer than Node.js can set fires at once: refused rather than a 1 ms timeout. */
function withinTimer(ms: number, shown: string): { readonly ms: number } | { readonly reason: string } {
  return ms <= MAX_TIMER_MS ? { ms } : { reason: `is longer than the longest timeout Node.js can set (about 24 days); got ${shown}` };
}

/** The problem for a `requestTimeout:` at `field` (located at `location`), or null when it is valid. */
export function requestTimeoutProblem(value: RequestTimeoutSetting | undefined, field: string, location: SourceLocation): Problem | null {
  if (value === undefined) return null;
  const read = requestTimeoutMs(value);
  if ('ms' in read) return null;
  return {
    code: 'CONFIG_VALUE',
    message: `${field} ${read.reason}`,
    location,
    field,
    hint: 'Use a duration such as 500ms, 30s or 1m, or a number of seconds.',
  };
}

/** The configured timeout in ms: the environment's, else the top level's, else undefined (the client's default). */
export function configuredRequestTimeoutMs(top: RequestTimeoutSetting | undefined, env: RequestTimeoutSetting | undefined): number | undefined {
  const value = env ?? top;
  if (value === undefined) return undefined;
  const read = requestTimeoutMs(value);
  // checkConfig refuses an invalid value before a target is resolved.
  return 'ms' in read ? read.ms : undefined;
}
