/**
 * Option values checked while the command line is parsed, so a bad value is a usage error naming
 * the option (exit 1) before any file is read or any endpoint called. yargs' `coerce` rewraps
 * what it throws (the code and hint are lost), so coerce only converts and a `check` refuses.
 */
import type { Argv } from 'yargs';
import { DdbMigrateError } from '../model/errors.js';
import { MAX_TIMER_MS, parseDuration } from '../util/duration.js';
import { checkCapacityPercent } from '../model/capacity-share.js';

/** The whole number >= 1 that `text` spells, else NaN (refused by the option's check). */
export function toPositiveInteger(value: unknown): number {
  const text = String(Array.isArray(value) ? value[value.length - 1] : value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 1 ? n : Number.NaN;
}

/** Adds `--<key>`, a whole number of 1 or more (`--limit`, `--concurrency`). */
export function withPositiveInteger<T, K extends string>(y: Argv<T>, key: K, describe: string, defaultValue?: number) {
  return y
    .option(key, {
      type: 'string',
      describe,
      ...(defaultValue === undefined ? {} : { default: String(defaultValue), defaultDescription: String(defaultValue) }),
      coerce: toPositiveInteger,
    })
    .check((argv) => {
      const value = (argv as Record<string, unknown>)[key];
      if (typeof value === 'number' && Number.isNaN(value)) {
        throw new DdbMigrateError({
          code: 'CLI_USAGE',
          field: `--${key}`,
          message: `--${key} must be a whole number of 1 or more.`,
          hint: `Pass --${key} a number such as 1, 5 or 20.`,
        });
      }
      return true;
    });
}

/**
 * Adds a duration option (`--lock-timeout 90s`), kept as written for messages and refused at
 * parse time (CLI_BAD_DURATION, exit 1, naming the option) when it is not a duration, or, with
 * `positive`, when it is zero (`--lock-lease 0s` would be a lock any other run may take at once)
 * or longer than a Node.js timer can hold.
 */
export function withDuration<T, K extends string>(y: Argv<T>, key: K, describe: string, defaultValue: string, opts: { readonly positive?: boolean } = {}) {
  return y.option(key, { type: 'string', describe, default: defaultValue }).check((argv) => {
    const value = (argv as Record<string, unknown>)[key];
    if (typeof value !== 'string') return true;
    const ms = parseDuration(value, `--${key}`);
    if (opts.positive && (ms <= 0 || ms > MAX_TIMER_MS)) {
      throw new DdbMigrateError({
        code: 'CLI_BAD_DURATION',
        field: `--${key}`,
        message: `--${key} ${JSON.stringify(value)} must be longer than zero and at most about 24 days.`,
        hint: 'Use e.g. 30s, 5m or 1h.',
      });
    }
    return true;
  });
}

/**
 * Adds `--max-capacity-percent N` (apply, seed, reset: whatever runs data work): the share of each
 * table's capacity data work keeps under (docs/capacity.md), a number above 0 and at most 100,
 * refused at parse time (CLI_BAD_CAPACITY_PERCENT, exit 1) before any file is read.
 */
export function withCapacityPercent<T>(y: Argv<T>) {
  return y
    .option('max-capacity-percent', {
      type: 'number',
      describe: "Keep the capacity data work consumes under this share of each table's (provisioned, or on-demand maximum), 0 < N <= 100",
      defaultDescription: '100 on local endpoints, 50 elsewhere',
    })
    .check((argv) => {
      const value = (argv as Record<string, unknown>)['max-capacity-percent'];
      if (value !== undefined) checkCapacityPercent(Array.isArray(value) ? Number(value[value.length - 1]) : Number(value));
      return true;
    });
}
