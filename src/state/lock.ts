/**
 * The apply lock: one item in the control table, taken with a conditional write, held under a
 * lease that a heartbeat renews, released in `finally`. A run that dies without releasing leaves
 * an item whose lease simply runs out; the next run takes it over then. See docs/history-and-lock.md.
 */
import { randomUUID } from 'node:crypto';
import { retryTransient, sleep } from '../util/retry.js';
import { MAX_TIMER_MS } from './duration.js';
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { errorName, isNotFound } from '../live/aws-errors.js';
import { DdbMigrateError } from '../model/errors.js';
import { ensureControlTable } from './control-table.js';
import { holderOf, isDeadLocalHolder, lockHeldError, lockItem, lockKey, lockLostError, type LockHolder } from './lock-item.js';

export type { LockHolder } from './lock-item.js';

/**
 * The scope apply locks. Tables are per endpoint and so is the control table, so one lock per
 * control table is what keeps two applies from interleaving, whatever environment names they use.
 */
export const DEFAULT_LOCK_SCOPE = 'apply';

export interface LockOptions {
  /** The control table's name. */
  readonly table: string;
  /** What is locked (the item's sort key), usually {@link DEFAULT_LOCK_SCOPE}. */
  readonly scope: string;
  /** Who holds it: `user@host pid N` (see `lockOwner()`). */
  readonly owner: string;
  /** How long the lock stays ours without a renewal. */
  readonly leaseMs: number;
  /** How long to wait for a held lock before LOCK_HELD; 0 tries once. */
  readonly waitMs: number;
  /** Called when the lock is found held, once per holder. */
  readonly onWait?: (holder: LockHolder) => void;
  /** The run id to hold it under (default: a fresh UUID); pass the history record's to tie them. */
  readonly runId?: string;
  /** Poll interval while waiting; default 500 ms (jittered, so waiters do not move in step). */
  readonly pollMs?: number;
  /** Called once when a heartbeat finds the lock taken over; the run should stop as soon as it can. */
  readonly onLost?: (error: DdbMigrateError) => void;
  /**
   * Take over at once, before its lease ends, a lock whose holder was a process on this machine
   * that has died (a killed `apply --local`). Off by default: it trusts host names to be unique,
   * which a local engine makes safe and a shared AWS account does not.
   */
  readonly takeOverDeadLocalHolder?: boolean;
  /** Called after such a takeover, with the dead holder. */
  readonly onTakeOver?: (holder: LockHolder) => void;
}

/** A held lock. */
export interface Lock {
  readonly runId: string;
  readonly scope: string;
  /** Epoch ms the current lease ends. */
  readonly expiresAt: number;
  /** A renewal found another run holding it. */
  readonly lost: boolean;
  /** Extends the lease by `leaseMs` from now; throws LOCK_LOST when another run took the lock. */
  renew(): Promise<void>;
  /** Stops the heartbeat and deletes the item if it is still ours. Never throws for a lock already gone. */
  release(): Promise<void>;
}

/**
 * Takes the lock: a PutItem that succeeds only when there is no lock item or its lease has
 * expired. While another run holds it, polls until `waitMs` has passed, then throws LOCK_HELD
 * (exit 3) naming the holder. Creates the control table when it does not exist yet.
 */
export async function acquireLock(client: DynamoDBClient, opts: LockOptions): Promise<Lock> {
  const runId = opts.runId ?? randomUUID();
  const started = Date.now();
  const deadline = started + Math.max(0, opts.waitMs);
  const pollMs = opts.pollMs ?? 500;
  let lastSeen: string | null = null;
  for (;;) {
    const now = Date.now();
    const mine: LockHolder = { scope: opts.scope, owner: opts.owner, runId, acquiredAt: now, expiresAt: now + opts.leaseMs };
    let holder: LockHolder | null;
    try {
      await client.send(
        new PutItemCommand({
          TableName: opts.table,
          Item: lockItem(mine, now),
          // `runId = :runId`: the SDK retrying a put whose answer was lost finds our own item, and
          // that is ours to take, not a lock held by somebody else.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now OR runId = :runId',
          ExpressionAttributeValues: { ':now': { N: String(now) }, ':runId': { S: runId } },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return new HeldLock(client, opts, mine);
    } catch (e) {
      if (isNotFound(e)) {
        await ensureControlTable(client, opts.table);
        continue;
      }
      if (errorName(e) !== 'ConditionalCheckFailedException') throw e;
      holder = holderOf((e as { Item?: Record<string, AttributeValue> }).Item, opts.scope) ?? (await readHolder(client, opts));
    }
    // Released between our write and our read: try again at once.
    if (!holder) continue;
    if (opts.takeOverDeadLocalHolder && isDeadLocalHolder(holder)) {
      const taken = await takeOver(client, opts, mine, holder);
      if (taken) return taken;
      continue;
    }
    const after = Date.now();
    if (after >= deadline) throw lockHeldError(opts.table, holder, after - started, after);
    if (holder.runId !== lastSeen) {
      lastSeen = holder.runId;
      opts.onWait?.(holder);
    }
    // Wake at the poll interval, at the deadline, or just after the holder's lease ends.
    const untilExpiry = holder.expiresAt > after ? holder.expiresAt - after + 5 : Number.POSITIVE_INFINITY;
    await sleep(Math.min(jitter(pollMs), deadline - after, untilExpiry));
  }
}

/** Runs `fn` holding the lock; the lock is released in `finally`, whatever `fn` does. */
export async function withLock<T>(client: DynamoDBClient, opts: LockOptions, fn: (lock: Lock) => Promise<T>): Promise<T> {
  const lock = await acquireLock(client, opts);
  let result: T;
  try {
    result = await fn(lock);
  } catch (e) {
    // The run's own error matters more than a failed release (whose lease runs out anyway).
    await lock.release().catch(() => undefined);
    throw e;
  }
  await lock.release();
  return result;
}

/**
 * Replaces a dead holder's item, conditional on it still being that holder's: of several runs
 * taking over at once, one wins. Null when someone else got there first.
 */
async function takeOver(client: DynamoDBClient, opts: LockOptions, mine: LockHolder, dead: LockHolder): Promise<Lock | null> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: opts.table,
        Item: lockItem(mine, mine.acquiredAt),
        ConditionExpression: 'runId = :dead',
        ExpressionAttributeValues: { ':dead': { S: dead.runId } },
      }),
    );
  } catch (e) {
    if (errorName(e) === 'ConditionalCheckFailedException') return null;
    throw e;
  }
  opts.onTakeOver?.(dead);
  return new HeldLock(client, opts, mine);
}

/** The current holder of `opts.scope`, read strongly consistent; null when free. */
export async function readHolder(client: DynamoDBClient, opts: Pick<LockOptions, 'table' | 'scope'>): Promise<LockHolder | null> {
  try {
    const out = await client.send(new GetItemCommand({ TableName: opts.table, Key: lockKey(opts.scope), ConsistentRead: true }));
    return holderOf(out.Item, opts.scope);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

class HeldLock implements Lock {
  readonly runId: string;
  readonly scope: string;
  expiresAt: number;
  lost = false;
  private released = false;
  private renewing: Promise<void> | null = null;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly client: DynamoDBClient,
    private readonly opts: LockOptions,
    holder: LockHolder,
  ) {
    this.runId = holder.runId;
    this.scope = holder.scope;
    this.expiresAt = holder.expiresAt;
    // Renew at a third of the lease, so two missed beats still leave the lease alive. unref():
    // a forgotten lock must not keep the process running; its lease ends by itself.
    // Clamped to a timer Node.js can set: a longer one would fire every millisecond.
    this.heartbeat = setInterval(() => void this.beat(), Math.min(MAX_TIMER_MS, Math.max(10, Math.floor(opts.leaseMs / 3))));
    this.heartbeat.unref();
  }

  async renew(): Promise<void> {
    if (this.lost) throw lockLostError(this.opts.table, this.scope, this.runId);
    if (this.released) return;
    const now = Date.now();
    const expiresAt = now + this.opts.leaseMs;
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.opts.table,
          Key: lockKey(this.scope),
          UpdateExpression: 'SET expiresAt = :exp, renewedAt = :now',
          ConditionExpression: 'runId = :runId',
          ExpressionAttributeValues: { ':exp': { N: String(expiresAt) }, ':now': { N: String(now) }, ':runId': { S: this.runId } },
        }),
      );
      this.expiresAt = expiresAt;
    } catch (e) {
      if (errorName(e) !== 'ConditionalCheckFailedException' && !isNotFound(e)) throw e;
      this.lost = true;
      clearInterval(this.heartbeat);
      throw lockLostError(this.opts.table, this.scope, this.runId);
    }
  }

  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    clearInterval(this.heartbeat);
    // Let a renewal in flight finish first, so it cannot fail against our own delete and report a takeover.
    await this.renewing?.catch(() => undefined);
    try {
      // A lost answer or a throttled call must not leave the lock held for a whole lease.
      await retryTransient(
        () =>
          this.client.send(
            new DeleteItemCommand({
              TableName: this.opts.table,
              Key: lockKey(this.scope),
              ConditionExpression: 'runId = :runId',
              ExpressionAttributeValues: { ':runId': { S: this.runId } },
            }),
          ),
        { attempts: 6 },
      );
    } catch (e) {
      // Gone already, or taken over after our lease ran out: nothing of ours to delete.
      if (errorName(e) !== 'ConditionalCheckFailedException' && !isNotFound(e)) throw e;
    }
  }

  private async beat(): Promise<void> {
    if (this.renewing || this.released || this.lost) return;
    this.renewing = this.renew().catch((e: unknown) => {
      // A failed call (network, throttling) is retried on the next beat; only a takeover is final.
      if (!this.released && e instanceof DdbMigrateError && e.problems[0]?.code === 'LOCK_LOST') this.opts.onLost?.(e);
    });
    await this.renewing;
    this.renewing = null;
  }
}


/** ±25%, so many waiters started together do not all poll at the same instant. */
function jitter(ms: number): number {
  return Math.round(ms * (0.75 + Math.random() * 0.5));
}
