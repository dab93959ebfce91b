/**
 * Failures classified by cause, for callers that meet an error the app did not raise itself (the
 * app functions already throw these as DdbMigrateError): the CLI's error boundary formats them.
 */
export { callProblem, endpointProblem } from '../live/endpoint-errors.js';
