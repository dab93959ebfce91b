/** SDK errors during a step → the Problem the user sees: what, which table and step, what to do. */
import { DdbMigrateError, type Problem } from '../model/errors.js';
import type { Step } from '../model/step.js';
import { errorMessage, errorName } from '../live/aws-errors.js';
import { endpointProblem } from '../live/endpoint-errors.js';
import { describeStep } from '../render/describe-step.js';

const RERUN = 'Nothing after this step was run. Fix the cause and run `ddb-migrate plan` again: the plan is made from the live state, so finished steps are not repeated.';

export function stepProblem(e: unknown, step: Step): Problem {
  const what = `${describeStep(step)} failed`;
  if (e instanceof DdbMigrateError) {
    const p = e.problems[0];
    if (p) return { ...p, table: p.table ?? step.table, message: `${what}: ${p.message}` };
  }
  // Refused, no answer, not HTTP...: said by cause, with the endpoint, not as the step's own failure.
  const down = endpointProblem(e);
  if (down) return { ...down, table: step.table, message: `${what}: ${down.message}`, hint: `${down.hint} ${RERUN}` };
  const name = errorName(e) || 'Error';
  const message = `${what}: ${name}: ${errorMessage(e)}`;
  if (/protected against deletion/i.test(errorMessage(e))) {
    return {
      code: 'EXEC_DELETION_PROTECTED',
      table: step.table,
      message,
      hint: 'Set deletionProtection: false in the table file and apply that first (it needs --allow-destructive).',
    };
  }
  if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException') {
    return { code: 'EXEC_ACCESS_DENIED', table: step.table, message, hint: `Check the credentials and their IAM permissions. ${RERUN}` };
  }
  if (name === 'LimitExceededException' || name === 'ResourceInUseException' || name === 'ThrottlingException') {
    return { code: 'EXEC_RETRIES_EXHAUSTED', table: step.table, message, hint: `DynamoDB stayed busy through every retry. ${RERUN}` };
  }
  return { code: 'EXEC_STEP_FAILED', table: step.table, message, hint: RERUN };
}
