/** `ddb-migrate local status` and `ddb-migrate local stop`: the warm engine `--local` keeps running. */
import { localEngineStatus, stopLocalEngine } from '../../app/local.js';
import { ExitCode } from '../../model/errors.js';
import { formatDuration } from '../../util/duration.js';
import type { Io } from '../io.js';
import { displayPath } from '../../util/display-path.js';

export async function runLocalAction(action: 'status' | 'stop', dir: string, io: Io): Promise<number> {
  if (action === 'stop') {
    const { stopped, dataDir } = await stopLocalEngine(dir);
    // Named from the current directory, as every path ddb-migrate prints.
    const shown = displayPath(dataDir);
    io.out(stopped ? `Stopped the local engine (pid ${stopped.pid}, port ${stopped.port}); its data is saved in ${shown}.` : `No local engine runs for ${shown}.`);
    return ExitCode.Ok;
  }
  const { engine: record, stale, dataDir } = await localEngineStatus(dir);
  const shown = displayPath(dataDir);
  if (!record) {
    io.out(`No local engine runs for ${shown}${stale ? ' (a stale record was found: the next --local command replaces it)' : ''}.`);
    return ExitCode.Ok;
  }
  const idle = record.idleTimeoutMs === null ? 'no idle stop (foreground)' : `stops after ${formatDuration(record.idleTimeoutMs)} without a command`;
  io.out(`Local engine running at http://localhost:${record.port}: pid ${record.pid} (java ${record.javaPid}), since ${record.startedAt}`);
  io.out(`  data: ${record.dataMode} in ${shown}; ${idle}`);
  return ExitCode.Ok;
}
