/** Durations on the command line (`--lock-timeout 10m`) and in messages ("expires in 4m 30s"). */
import { DdbMigrateError } from '../model/errors.js';

/**
 * The longest delay a Node.js timer takes (2^31 - 1 ms, about 24.8 days): a longer one fires at
 * once, so a request timeout above it would end every call after 1 ms.
 */
export const MAX_TIMER_MS = 2_147_483_647;

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/**
 * Milliseconds of `500ms`, `30s`, `10m`, `1h` or `1m30s`; a bare number is seconds. Throws
 * CLI_BAD_DURATION (exit 1) naming `flag` for anything else.
 */
export function parseDuration(text: string, flag = '--lock-timeout'): number {
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1_000);
  const parts = [...s.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== s) {
    throw new DdbMigrateError({
      code: 'CLI_BAD_DURATION',
      field: flag,
      message: `${flag} ${JSON.stringify(text)} is not a duration.`,
      hint: 'Use a number of seconds or a duration such as 30s, 10m, 1h, 1m30s.',
    });
  }
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MS[p[2] ?? 's'] ?? 1_000), 0));
}

/** `4m 30s`, `2h 5m`, `800ms`: at most two units, for messages. */
export function formatDuration(ms: number): string {
  const abs = Math.max(0, Math.round(ms));
  if (abs < 1_000) return `${abs}ms`;
  const total = Math.round(abs / 1_000);
  const h = Math.floor(total / 3_600);
  const m = Math.floor((total % 3_600) / 60);
  const sec = total % 60;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return sec > 0 ? `${m}m ${sec}s` : `${m}m`;
  return `${sec}s`;
}
