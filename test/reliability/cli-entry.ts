// The CLI run from source in a child process (so a test can kill -9 it); bin/ddb-migrate.js runs
// the same `main` from dist/. Using the source avoids testing a stale build.
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
