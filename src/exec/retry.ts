/** Exponential backoff with full jitter (DynamoDB's guidance for concurrent clients). */
export interface Backoff {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 250, maxMs: 10_000 };

/** Delay before retry number `attempt` (1-based): uniform in [cap/2, cap], cap = base·2^(attempt-1) ≤ max. */
export function backoffDelay(attempt: number, b: Backoff = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const cap = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half random: never a near-zero delay, still spread out between clients.
  return Math.round(cap / 2 + (random() * cap) / 2);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
