/** `ddb-migrate local status` and `ddb-migrate local stop`: the warm engine `--local` keeps running. */
import { localDataDir } from '../../engine/data-dir.js';
import { stopWarmEngine, warmEngineStatus } from '../../engine/warm-engine.js';
import { ExitCode } from '../../model/errors.js';
import { formatDuration } from '../../state/duration.js';
import type { Io } from '../io.js';
import { displayPath } from '../../util/display-path.js';

export async function runLocalAction(action: 'status' | 'stop', dir: string, io: Io): Promise<number> {
  // Named from the current directory, as every path ddb-migrate prints.
  const dataDir = displayPath(localDataDir(dir));
  if (action === 'stop') {
    const stopped = await stopWarmEngine(dir);
    io.out(stopped ? `Stopped the local engine (pid ${stopped.pid}, port ${stopped.port}); its data is saved in ${dataDir}.` : `No local engine runs for ${dataDir}.`);
    return ExitCode.Ok;
  }
  const { record, stale } = await warmEngineStatus(dir);
  if (!record) {
    io.out(`No local engine runs for ${dataDir}${stale ? ' (a stale record was found: the next --local command replaces it)' : ''}.`);
    return ExitCode.Ok;
  }
  const idle = record.idleTimeoutMs === null ? 'no idle stop (foreground)' : `stops after ${formatDuration(record.idleTimeoutMs)} without a command`;
  io.out(`Local engine running at http://localhost:${record.port}: pid ${record.pid} (java ${record.javaPid}), since ${record.startedAt}`);
  io.out(`  data: ${record.dataMode} in ${dataDir}; ${idle}`);
  return ExitCode.Ok;
}
