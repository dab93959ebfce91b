/** The apply lock on DynamoDB Local: waiting, refusing, expiring leases, races, heartbeat, takeover. */
import { expect } from 'chai';
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { spawn, spawnSync } from 'node:child_process';
import { createClient } from '../../src/live/client.js';
import { localUser } from '../../src/state/identity.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { ensureControlTable } from '../../src/state/control-table.js';
import { acquireLock, readHolder, withLock, type LockHolder, type LockOptions } from '../../src/state/lock.js';
import { lockItem, lockKey } from '../../src/state/lock-item.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('state: apply lock @engine', function () {
  this.timeout(60_000);
  let client: DynamoDBClient;

  before(async () => {
    const { endpoint } = await sharedEngine();
    client = createClient({ endpoint, region: 'local', profile: null });
  });
  after(() => client.destroy());

  const opts = (table: string, over: Partial<LockOptions> = {}): LockOptions => ({
    table,
    scope: 'apply',
    owner: 'tester@host pid 1',
    leaseMs: 60_000,
    waitMs: 0,
    pollMs: 50,
    ...over,
  });

  async function lockError(p: Promise<unknown>): Promise<DdbMigrateError> {
    try {
      await p;
    } catch (e) {
      if (e instanceof DdbMigrateError) return e;
      throw e;
    }
    throw new Error('expected the lock to be refused');
  }

  it('creates the control table on first use, and a second acquirer waits until the first releases', async () => {
    const table = uniqueName('ctl');
    const first = await acquireLock(client, opts(table, { owner: 'first@host pid 1' }));
    const seen: LockHolder[] = [];
    let releasedAt = 0;
    const second = acquireLock(client, opts(table, { owner: 'second@host pid 2', waitMs: 10_000, onWait: (h) => seen.push(h) }));
    await sleep(400);
    releasedAt = Date.now();
    await first.release();
    const lock = await second;
    expect(Date.now()).to.be.at.least(releasedAt);
    expect(seen.map((h) => h.owner)).to.deep.equal(['first@host pid 1']);
    expect((await readHolder(client, { table, scope: 'apply' }))?.runId).to.equal(lock.runId);
    await lock.release();
    expect(await readHolder(client, { table, scope: 'apply' })).to.equal(null);
  });

  it('a held lock refuses with LOCK_HELD, exit 3, naming the holder, the times and --lock-timeout', async () => {
    const table = uniqueName('ctl');
    const held = await acquireLock(client, opts(table, { owner: 'alice@laptop pid 42', runId: 'run-alice' }));
    const started = Date.now();
    const err = await lockError(acquireLock(client, opts(table, { waitMs: 300 })));
    expect(Date.now() - started).to.be.at.least(300);
    expect(err.exitCode).to.equal(3);
    const p = err.problems[0];
    expect(p?.code).to.equal('LOCK_HELD');
    expect(p?.table).to.equal(table);
    expect(p?.message).to.match(/held by alice@laptop pid 42 \(run run-alice\) since \d{4}-\d\d-\d\dT/);
    expect(p?.message).to.match(/lease expires at \d{4}-\d\d-\d\dT[\d:.]+Z \(in (1m|\d+s)\)/);
    expect(p?.hint).to.include('--lock-timeout');
    await held.release();
  });

  it('a lock left by a killed holder is taken over once its lease has expired, not before', async () => {
    const table = uniqueName('ctl');
    await ensureControlTable(client, table);
    const now = Date.now();
    const ghost: LockHolder = { scope: 'apply', owner: 'killed@ci pid 9', runId: 'run-killed', acquiredAt: now, expiresAt: now + 1_500 };
    await client.send(new PutItemCommand({ TableName: table, Item: lockItem(ghost, now) }));

    const early = await lockError(acquireLock(client, opts(table)));
    expect(early.problems[0]?.message).to.include('killed@ci pid 9');

    const lock = await acquireLock(client, opts(table, { waitMs: 10_000 }));
    expect(Date.now()).to.be.at.least(ghost.expiresAt);
    expect((await readHolder(client, { table, scope: 'apply' }))?.runId).to.equal(lock.runId);
    await lock.release();
  });

  it('a hand-edited lock item without a lease still counts as held (and is not polled in a tight loop)', async () => {
    const table = uniqueName('ctl');
    await ensureControlTable(client, table);
    await client.send(new PutItemCommand({ TableName: table, Item: { ...lockKey('apply'), note: { S: 'edited by hand' } } }));
    // Count the conditional writes the waiter makes (observing the real client, not mocking it).
    const counted = createClient({ endpoint: (await sharedEngine()).endpoint, region: 'local', profile: null });
    let puts = 0;
    counted.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutItemCommand') puts += 1;
        return next(args);
      },
      { step: 'initialize' },
    );
    const started = Date.now();
    const err = await lockError(acquireLock(counted, opts(table, { waitMs: 400, pollMs: 100 })));
    counted.destroy();
    expect(err.problems[0]?.message).to.include('held by (unknown)');
    expect(Date.now() - started).to.be.within(400, 3_000);
    expect(puts).to.be.within(2, 10);
  });

  it('opt-in: a dead process on this machine loses its lock at once; a live one or another host keeps it', async () => {
    const table = uniqueName('ctl');
    await ensureControlTable(client, table);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    const put = async (owner: string, runId: string) => {
      const now = Date.now();
      await client.send(new PutItemCommand({ TableName: table, Item: lockItem({ scope: 'apply', owner, runId, acquiredAt: now, expiresAt: now + 60_000 }, now) }));
    };
    try {
      await put(`${localUser()} pid ${alive.pid}`, 'run-alive');
      expect((await lockError(acquireLock(client, opts(table, { takeOverDeadLocalHolder: true })))).problems[0]?.code).to.equal('LOCK_HELD');
      await put(`someone@another-host pid ${dead}`, 'run-remote');
      expect((await lockError(acquireLock(client, opts(table, { takeOverDeadLocalHolder: true })))).problems[0]?.code).to.equal('LOCK_HELD');

      await put(`${localUser()} pid ${dead}`, 'run-dead');
      expect((await lockError(acquireLock(client, opts(table)))).problems[0]?.code, 'not without the option').to.equal('LOCK_HELD');
      const taken: LockHolder[] = [];
      const attempts = await Promise.allSettled(
        Array.from({ length: 5 }, () => acquireLock(client, opts(table, { takeOverDeadLocalHolder: true, onTakeOver: (h) => taken.push(h) }))),
      );
      const won = attempts.filter((a) => a.status === 'fulfilled');
      expect(won, 'exactly one of five takes it over').to.have.length(1);
      expect(taken.map((h) => h.runId)).to.deep.equal(['run-dead']);
      await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value.release();
    } finally {
      alive.kill();
    }
  });

  it('ten acquirers racing at the same moment: exactly one wins, the others get LOCK_HELD', async () => {
    const table = uniqueName('ctl');
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => acquireLock(client, opts(table, { owner: `racer-${i}@host pid ${i}` }))),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).to.have.length(1);
    expect(lost.map((l) => (l.reason as DdbMigrateError).problems?.[0]?.code)).to.deep.equal(Array(9).fill('LOCK_HELD'));
    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value;
    expect((await readHolder(client, { table, scope: 'apply' }))?.runId).to.equal(winner.runId);
    await winner.release();
  });

  it('the heartbeat keeps a short lease alive while held; release stops it', async () => {
    const table = uniqueName('ctl');
    const lock = await acquireLock(client, opts(table, { leaseMs: 600 }));
    const firstExpiry = lock.expiresAt;
    await sleep(1_500);
    expect(lock.expiresAt).to.be.above(firstExpiry + 500);
    const err = await lockError(acquireLock(client, opts(table)));
    expect(err.problems[0]?.code).to.equal('LOCK_HELD');
    await lock.release();
    await sleep(300);
    expect(await readHolder(client, { table, scope: 'apply' })).to.equal(null);
  });

  it('after a takeover, renew reports LOCK_LOST and release leaves the new holder alone', async () => {
    const table = uniqueName('ctl');
    const lost: DdbMigrateError[] = [];
    const lock = await acquireLock(client, opts(table, { leaseMs: 60_000, onLost: (e) => lost.push(e) }));
    const now = Date.now();
    const other: LockHolder = { scope: 'apply', owner: 'other@host pid 7', runId: 'run-other', acquiredAt: now, expiresAt: now + 60_000 };
    await client.send(new PutItemCommand({ TableName: table, Item: lockItem(other, now) }));

    const err = await lockError(lock.renew());
    expect(err.problems[0]?.code).to.equal('LOCK_LOST');
    expect(lock.lost).to.equal(true);
    await lock.release();
    const item = await client.send(new GetItemCommand({ TableName: table, Key: lockKey('apply'), ConsistentRead: true }));
    expect(item.Item?.['runId']?.S).to.equal('run-other');
  });

  it('withLock releases when the work throws, and scopes do not block each other', async () => {
    const table = uniqueName('ctl');
    const boom = withLock(client, opts(table), async () => {
      const other = await acquireLock(client, opts(table, { scope: 'other-scope' }));
      await other.release();
      throw new Error('boom');
    });
    await boom.then(
      () => expect.fail('should throw'),
      (e: Error) => expect(e.message).to.equal('boom'),
    );
    expect(await readHolder(client, { table, scope: 'apply' })).to.equal(null);
    expect(await withLock(client, opts(table), async (l) => l.runId)).to.be.a('string');
  });
});
