import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveRecord, lockHolder, releaseOwnerLock, tryTakeOwnerLock, writeRecord } from '../../src/engine/warm-record.js';

describe('engine: the warm engine record and owner lock', () => {
  it('a record whose port answers HTTP but not as DynamoDB is stale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-rec-'));
    // Answers /status with our pid (as a supervisor would) and everything else as a web server.
    const server = createServer((req, res) => res.end(req.url === '/status' ? JSON.stringify({ pid: process.pid }) : '<html>hello</html>'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      writeRecord(dir, { pid: process.pid, javaPid: process.pid, port, controlPort: port, dataMode: 'in-memory+snapshot', startedAt: '', idleTimeoutMs: 1, foreground: false });
      expect(await liveRecord(dir)).to.equal(null);
      writeRecord(dir, { pid: 2 ** 22 + 12345, javaPid: 1, port, controlPort: port, dataMode: 'in-memory+snapshot', startedAt: '', idleTimeoutMs: 1, foreground: false });
      expect(await liveRecord(dir)).to.equal(null); // dead pid
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one owner at a time; a lock left by a dead pid is taken over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-lock-'));
    try {
      writeFileSync(join(dir, 'engine.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, at: 0 }));
      expect(tryTakeOwnerLock(dir)).to.equal(true);
      expect(lockHolder(dir)).to.equal(process.pid);
      // Held by a live process (this one, as another caller would see it): refused.
      writeFileSync(join(dir, 'engine.lock'), JSON.stringify({ pid: process.ppid, at: Date.now() }));
      expect(tryTakeOwnerLock(dir)).to.equal(false);
      releaseOwnerLock(dir); // not ours: left alone
      expect(lockHolder(dir)).to.equal(process.ppid);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
