// The CLI run from source in a child process (so a test can kill -9 it); bin/ddb-migrate.js runs
// the same `runProcess` from dist/. Using the source avoids testing a stale build.
import { runProcess } from '../../src/cli/process-entry.js';

runProcess(process.argv.slice(2));
