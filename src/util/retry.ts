/**
 * One place for "is this error worth another try, and how long to wait": docs/dynamodb-rules.md §4
 * (retryable: throttling, limits, 5xx; not: validation, not found, conditional check, access) plus
 * dropped connections. Exponential backoff with jitter so concurrent clients do not retry in step.
 */

/** Sleeps `ms`, or less when `signal` aborts (Ctrl-C must not wait out a long poll interval). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'ItemCollectionSizeLimitExceededException',
  // UpdateContinuousBackups right after CreateTable: "backups are being enabled" for a while.
  'ContinuousBackupsUnavailableException',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);

const RETRYABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/** Errors that say "too fast": they also lower the loader's concurrency. */
const THROTTLE_NAMES = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'LimitExceededException']);

interface SdkErrorLike {
  readonly name?: string;
  readonly code?: string;
  readonly message?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $retryable?: unknown;
}

/** Throttling, 5xx and dropped connections: worth another try. Validation, missing table and auth are not. */
export function isTransient(e: unknown): boolean {
  const err = (e ?? {}) as SdkErrorLike;
  if (err.name && RETRYABLE_NAMES.has(err.name)) return true;
  if (err.code && RETRYABLE_CODES.has(err.code)) return true;
  const status = err.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  if (err.$retryable) return true;
  return /socket hang up|ECONNRESET|EPIPE/i.test(err.message ?? '');
}

export function isThrottle(e: unknown): boolean {
  const name = (e as SdkErrorLike | null)?.name;
  return name !== undefined && THROTTLE_NAMES.has(name);
}

export interface BackoffPolicy {
  /** First wait's upper bound, doubled each attempt. */
  readonly baseMs: number;
  /** Upper bound of any one wait. */
  readonly capMs: number;
  /** Give up on a batch after retrying for this long. */
  readonly budgetMs: number;
}

/** The fixture loader's policy: many small batches, short waits, a one-minute budget per batch. */
export const LOADER_BACKOFF: BackoffPolicy = { baseMs: 25, capMs: 2_000, budgetMs: 60_000 };

/** Full jitter: a uniform wait in [0, min(cap, base * 2^attempt)). */
export function backoffMs(policy: BackoffPolicy, attempt: number): number {
  return Math.random() * Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(attempt, 20));
}

export interface Backoff {
  readonly baseMs: number;
  readonly maxMs: number;
}

/** Control-plane calls: fewer, slower retries. */
export const CONTROL_BACKOFF: Backoff = { baseMs: 250, maxMs: 10_000 };

/** Delay before retry number `attempt` (1-based): uniform in [cap/2, cap], cap = base·2^(attempt-1) ≤ max. */
export function backoffDelay(attempt: number, b: Backoff = CONTROL_BACKOFF, random: () => number = Math.random): number {
  const cap = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half random: never a near-zero delay, still spread out between clients.
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/**
 * Calls `fn` until it succeeds, retrying transient errors (see {@link isTransient}) up to `attempts`
 * times in all, with equal-jitter backoff; anything else, or the last failure, is thrown.
 */
export async function retryTransient<T>(fn: () => Promise<T>, opts: { readonly attempts: number; readonly backoff?: Backoff }): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= opts.attempts || !isTransient(e)) throw e;
      await sleep(backoffDelay(attempt, opts.backoff ?? { baseMs: 100, maxMs: 2_000 }));
    }
  }
}
