// Root hooks shared by every test file: stop every engine the tests started, and fail the run
// if a warm engine (`--local`'s detached supervisor) a test started is still running at the end.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnedSupervisors } from '../../src/engine/warm-engine.js';
import { pidAlive, readRecord } from '../../src/engine/warm-record.js';
import { stopSharedEngine } from './engine.js';

/** Supervisors still alive: those this process spawned, and any recorded in a temp project of the tests. */
function leftoverEngines(): number[] {
  const pids = new Set([...spawnedSupervisors].filter(pidAlive));
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('ddbm-')) continue;
    const record = readRecord(join(tmpdir(), name, '.ddb-local'));
    if (record && pidAlive(record.pid)) pids.add(record.pid);
  }
  return [...pids];
}

export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(60_000);
    await stopSharedEngine();
    const left = leftoverEngines();
    if (left.length === 0) return;
    // Stop them (a supervisor stops its Java on SIGTERM), then fail: a test must stop what it started.
    for (const pid of left) process.kill(pid, 'SIGTERM');
    const end = Date.now() + 30_000;
    while (left.some(pidAlive) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    throw new Error(`warm engine(s) left running by the tests (pids ${left.join(', ')}): stop them in the test (stopWarmEngine(dir))`);
  },
};
