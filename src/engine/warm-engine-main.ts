/**
 * Entry point of the detached warm-engine supervisor, spawned by `--local` (warm-engine.ts):
 * `node warm-engine-main.js <project dir> <idle timeout ms>`. Its output goes to .ddb-local/engine.log.
 */
import { DdbMigrateError } from '../model/errors.js';
import { runSupervisor } from './supervisor.js';

const [dir, idle] = process.argv.slice(2);
// The SDK's Node-version notice would fill the log on every start (see src/live/client.ts).
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
const stop = new AbortController();
process.on('SIGTERM', () => stop.abort());
process.on('SIGINT', () => stop.abort());
// Detached with no terminal: a closed log pipe must not kill it mid-snapshot.
process.on('SIGHUP', () => undefined);

const log = (line: string) => process.stdout.write(`${new Date().toISOString()} [${process.pid}] ${line}\n`);
if (!dir || !idle) {
  log('usage: warm-engine-main <project dir> <idle timeout ms>');
  process.exit(1);
}

runSupervisor({ dir, port: 0, idleTimeoutMs: Number(idle), foreground: false, signal: stop.signal, log }).then(
  (reason) => {
    log(`stopped: ${reason}`);
    process.exit(0);
  },
  (e: unknown) => {
    // ENGINE_ALREADY_RUNNING: another command's supervisor won the race; the command uses that one.
    log(e instanceof DdbMigrateError ? `${e.problems[0]?.code}: ${e.message}` : `failed: ${String(e)}`);
    process.exit(e instanceof DdbMigrateError && e.problems[0]?.code === 'ENGINE_ALREADY_RUNNING' ? 3 : 1);
  },
);
