/** What apply says about in-flight operations: what finished, what is still running and how to follow it. */
import type { InFlightOperation, SettledOperation } from '../../app/index.js';
import { describeEstimate } from '../../render/describe-estimate.js';

export function inFlightLines(inFlight: { readonly finished: readonly SettledOperation[]; readonly running: readonly InFlightOperation[] }): string[] {
  const lines: string[] = [];
  for (const f of inFlight.finished) {
    lines.push(`Finished: ${f.operation.table}: ${f.operation.description} (started by run ${f.operation.runId}) — ${f.mismatches.length === 0 ? 'verified' : 'did NOT verify'}.`);
  }
  if (inFlight.running.length > 0) {
    lines.push('Still running in DynamoDB (recorded in the control table; the lock is released):');
    for (const op of inFlight.running) {
      lines.push(`  ${op.table}: ${op.description} (run ${op.runId}, started ${op.startedAt})`);
      if (op.estimate) lines.push(`    ${describeEstimate(op.estimate)}`);
    }
    lines.push('Follow it with `ddb-migrate status`; the next `ddb-migrate apply` waits for it, verifies it and runs the steps deferred after it.');
  }
  return lines;
}
