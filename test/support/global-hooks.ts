// Root hooks shared by every test file: stop every engine the tests started, and fail the run
// if a warm engine (`--local`'s detached supervisor) a test started is still running at the end.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnedSupervisors } from '../../src/engine/warm-engine.js';
import { pidAlive, readRecord } from '../../src/engine/warm-record.js';
import { stopSharedEngine } from './engine.js';

// This run's own temp directory: every temp project of the tests (and of the CLI processes they
// spawn, which inherit TMPDIR) lives in it, so the end-of-run check below sees this run's engines
// only, never those of another test run on the same machine (os.tmpdir() reads TMPDIR on each call).
const SYSTEM_TMP = tmpdir();
const RUN_TMP = mkdtempSync(join(SYSTEM_TMP, 'ddbm-run-'));
process.env['TMPDIR'] = RUN_TMP;

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
    if (left.length === 0) {
      rmSync(RUN_TMP, { recursive: true, force: true });
      return;
    }
    // Stop them (a supervisor stops its Java on SIGTERM), then fail: a test must stop what it started.
    for (const pid of left) process.kill(pid, 'SIGTERM');
    const end = Date.now() + 30_000;
    while (left.some(pidAlive) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
    throw new Error(`warm engine(s) left running by the tests (pids ${left.join(', ')}): stop them in the test (stopWarmEngine(dir))`);
  },
};
