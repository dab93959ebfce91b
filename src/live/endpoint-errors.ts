/**
 * "The endpoint is not there, or is not DynamoDB": the one classifier for failures that are about
 * the connection rather than the request (nothing listening, no answer within the timeout, bytes
 * that are not HTTP, an HTTP answer that is not DynamoDB's), used by the CLI's error boundary, the
 * fixture loader and the executor so each says the same thing. The client (src/live/client.ts)
 * records on each error which endpoint and timeout it came from, so the message can name them.
 */
import { DdbMigrateError, ExitCode, type Problem } from '../model/errors.js';
import { isTransient } from '../util/retry.js';

/** What went wrong with the endpoint, as the user needs to hear it. */
export type EndpointFailure = 'refused' | 'unreachable' | 'no-answer' | 'dropped' | 'not-http' | 'not-dynamodb' | 'interrupted';

/** Where an error came from, recorded by the client that made the call. */
export interface EndpointContext {
  /** "http://127.0.0.1:8000" or "AWS eu-west-1". */
  readonly endpoint: string;
  /** The per-attempt timeout the call had. */
  readonly requestTimeoutMs: number;
}

/**
 * Kept on the error under a registered symbol, not in a module-level map: two copies of this
 * module can be loaded at once (the CLI loads its flows lazily), and both must see it.
 */
const CONTEXT = Symbol.for('ddb-migrate.endpointContext');

/** Records that `e` came from a call to `ctx.endpoint` (the first record stands). */
export function rememberEndpoint(e: unknown, ctx: EndpointContext): void {
  if (e === null || typeof e !== 'object' || Object.hasOwn(e, CONTEXT) || !Object.isExtensible(e)) return;
  Object.defineProperty(e, CONTEXT, { value: ctx, enumerable: false });
}

function contextOf(e: object): EndpointContext | undefined {
  return (e as { [CONTEXT]?: EndpointContext })[CONTEXT];
}

interface ErrorLike {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly message?: unknown;
  readonly errors?: unknown;
  readonly $response?: { readonly statusCode?: number; readonly headers?: Record<string, string> };
  readonly $metadata?: { readonly httpStatusCode?: number };
}

/** The error's own code, or the first code among an AggregateError's (a host with several addresses). */
function codeOf(e: ErrorLike): string {
  if (typeof e.code === 'string') return e.code;
  if (Array.isArray(e.errors)) for (const inner of e.errors as ErrorLike[]) if (typeof inner?.code === 'string') return inner.code;
  return '';
}

const REFUSED = new Set(['ECONNREFUSED']);
const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET']);

/** Which endpoint failure `e` is, or null for an answer from DynamoDB (or an error of ours). */
export function endpointFailure(e: unknown): EndpointFailure | null {
  if (e === null || typeof e !== 'object') return null;
  const err = e as ErrorLike;
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : '';
  const code = codeOf(err);
  if (name === 'AbortError') return 'interrupted';
  if (REFUSED.has(code)) return 'refused';
  if (UNREACHABLE.has(code)) return 'unreachable';
  // Before the timeouts: the SDK's handler renames a reset connection's error "TimeoutError".
  if (DROPPED.has(code) || /socket hang up/i.test(message)) return 'dropped';
  // The http handler's connection, request and socket timeouts (see createClient).
  if (name === 'TimeoutError' || code === 'ETIMEDOUT') return 'no-answer';
  // Node's HTTP parser: the bytes that came back are not an HTTP response.
  if (code.startsWith('HPE_')) return 'not-http';
  // An HTTP answer whose body the DynamoDB protocol cannot read (an HTML page, a proxy's error).
  if (name === 'SyntaxError' && err.$response !== undefined) return 'not-dynamodb';
  const type = err.$response?.headers?.['content-type'] ?? '';
  if (err.$metadata && /text\/html/i.test(type)) return 'not-dynamodb';
  return null;
}

const seconds = (ms: number): string => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

const CODES: Readonly<Record<EndpointFailure, string>> = {
  refused: 'ENDPOINT_REFUSED',
  unreachable: 'ENDPOINT_UNREACHABLE',
  'no-answer': 'ENDPOINT_NO_ANSWER',
  dropped: 'ENDPOINT_DROPPED',
  'not-http': 'ENDPOINT_NOT_HTTP',
  'not-dynamodb': 'ENDPOINT_NOT_DYNAMODB',
  interrupted: 'CLI_INTERRUPTED',
};

const CHECK_URL = 'Check the endpoint URL (--endpoint-url, or the environment in ddb-migrate.yaml)';

/** What each failure says and what to do about it; `ctx` names the endpoint when known. */
const DESCRIBE: Readonly<Record<EndpointFailure, (where: string, ctx: EndpointContext | undefined, e: ErrorLike) => Omit<Problem, 'code'>>> = {
  refused: (where) => ({
    message: `nothing is listening at ${where} (connection refused)`,
    hint: `Start the engine (ddb-migrate local, or use --local to start the embedded one), or ${CHECK_URL.toLowerCase()}.`,
  }),
  unreachable: (where, _ctx, e) => ({
    message: `${where} cannot be reached (${codeOf(e)})`,
    hint: `${CHECK_URL}, the region and the network (DNS, VPN, proxy).`,
  }),
  'no-answer': (where, ctx) => ({
    message: `the endpoint did not answer within ${ctx ? seconds(ctx.requestTimeoutMs) : 'the request timeout'} (${where}), after the retries`,
    hint: `${CHECK_URL}; a slow endpoint can be given longer with --request-timeout 60s (or requestTimeout: 60s in ddb-migrate.yaml).`,
  }),
  dropped: (where, _ctx, e) => ({
    message: `${where} kept dropping the connection after the retries (${codeOf(e) || String(e.message ?? '')})`,
    hint: 'Run the command again once the endpoint is stable: apply re-plans from what is live.',
  }),
  'not-http': (where) => ({
    message: `${where} answered with bytes that are not HTTP: it is not a DynamoDB endpoint`,
    hint: `${CHECK_URL}: the port may belong to another service, or need https://.`,
  }),
  'not-dynamodb': (where, _ctx, e) => {
    const status = e.$response?.statusCode ?? e.$metadata?.httpStatusCode;
    const html = /text\/html/i.test(e.$response?.headers?.['content-type'] ?? '');
    return {
      message: `${where} answered${status ? ` HTTP ${status}` : ''} with ${html ? 'an HTML page' : 'something'} that is not a DynamoDB answer`,
      hint: `${CHECK_URL}: it may point at a web server or a proxy instead of DynamoDB.`,
    };
  },
  interrupted: (where) => ({
    message: `interrupted: the call in flight to ${where} was abandoned`,
    hint: 'Run the command again: apply re-plans from what is live, and seed rewrites the same items.',
  }),
};

/**
 * The problem for an endpoint failure (null when `e` is not one), naming the endpoint from the
 * client's record of the call, or `fallbackEndpoint`, or "the endpoint".
 */
export function endpointProblem(e: unknown, fallbackEndpoint?: string): Problem | null {
  const failure = endpointFailure(e);
  if (!failure) return null;
  const ctx = contextOf(e as object);
  const where = ctx?.endpoint ?? fallbackEndpoint ?? 'the endpoint';
  return { code: CODES[failure], ...DESCRIBE[failure](where, ctx, e as ErrorLike) };
}

/**
 * The problem for an endpoint failure that another round of retries will not cure (the SDK has
 * already retried it, or the command is being interrupted), or null. A dropped connection is not
 * one: a reset mid-call is worth retrying at the caller's level.
 */
export function finalEndpointProblem(e: unknown, fallbackEndpoint?: string): Problem | null {
  const failure = endpointFailure(e);
  return failure === null || failure === 'dropped' ? null : endpointProblem(e, fallbackEndpoint);
}

/**
 * An error from the SDK that no layer turned into a problem of its own (e.g. a call that kept
 * failing after its retries): said as `AWS_<ErrorName>`, with what to do, not as an internal
 * error. Null for an error that is not the SDK's.
 */
export function sdkProblem(e: unknown): Problem | null {
  if (!(e instanceof Error)) return null;
  const fromSdk = '$metadata' in e || '$fault' in e || /Exception$|^TimeoutError$/.test(e.name);
  if (!fromSdk) return null;
  const transient = isTransient(e);
  return {
    code: `AWS_${e.name}`,
    message: e.message || e.name,
    hint: transient
      ? 'The endpoint kept throttling, failing (5xx) or dropping the connection after the retries. Run the command again: apply re-plans from what is live.'
      : 'The endpoint refused the call. Check credentials, region and endpoint; --debug prints the stack trace.',
  };
}

/**
 * What a failure of a call is, by cause: an endpoint failure (nothing listening, no answer, not
 * HTTP, not DynamoDB, interrupted) naming the endpoint, else an SDK error as `AWS_<Name>`, else null.
 */
export function callProblem(e: unknown, fallbackEndpoint?: string): Problem | null {
  return endpointProblem(e, fallbackEndpoint) ?? sdkProblem(e);
}

/**
 * `e` as the one error shape: a DdbMigrateError as it is, an endpoint or SDK error as a
 * DdbMigrateError (exit 1) of its {@link callProblem} (the original kept as `cause`, its stack
 * kept for --debug), anything else (a bug) unchanged.
 */
export function asDdbMigrateError(e: unknown, fallbackEndpoint?: string): unknown {
  if (e instanceof DdbMigrateError) return e;
  const problem = callProblem(e, fallbackEndpoint);
  if (!problem) return e;
  const converted = new DdbMigrateError(problem, ExitCode.Error);
  Object.defineProperty(converted, 'cause', { value: e, enumerable: false, configurable: true, writable: true });
  if (e instanceof Error && e.stack) converted.stack = e.stack;
  return converted;
}
