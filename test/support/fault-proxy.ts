/**
 * A fault-injection HTTP proxy in front of a real engine, for testing retries without mocking
 * the SDK. By configuration (and a seed, so runs repeat) it answers a share of requests with
 * throttling errors or HTTP 500/503, resets connections, adds latency, or forwards only part of a
 * BatchWriteItem and answers the rest as UnprocessedItems. It counts everything it injected.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A parsed JSON request or answer body. */
export type Json = Record<string, unknown>;

/**
 * What a layer in front of the engine decides for one request (see `layer`): answer it itself, or
 * forward a (possibly rewritten) body, optionally as another operation, and rewrite the answer.
 */
export type LayerDecision =
  | { readonly kind: 'answer'; readonly status: number; readonly body: Json }
  | {
      readonly kind: 'forward';
      readonly body: Json;
      /** Forward as this operation instead (e.g. a DescribeTable for an UpdateTable left empty). */
      readonly op?: string;
      /** Rewrites the engine's answer (any status) before the client sees it. */
      readonly after?: (status: number, answer: Json) => Json | Promise<Json>;
    };

/** A request layer (the AWS control-plane emulation in aws-control-plane/ is one). */
export interface ProxyLayer {
  /** `headers`: the request's headers as the client sent them (the SigV4 Authorization names its Region). */
  handle(op: string, body: Json, headers: Readonly<Record<string, string | string[] | undefined>>): Promise<LayerDecision>;
}

export interface FaultConfig {
  /** The engine, e.g. http://127.0.0.1:8000. */
  readonly target: string;
  readonly seed?: number;
  /** Only requests for these operations (X-Amz-Target suffix) get faults; default: all. */
  readonly operations?: readonly string[];
  /** Share of requests answered 400 ProvisionedThroughputExceededException / ThrottlingException. */
  readonly throttleRate?: number;
  readonly throttleType?: 'ProvisionedThroughputExceededException' | 'ThrottlingException';
  /** Share answered HTTP 500 InternalServerError / HTTP 503. */
  readonly serverErrorRate?: number;
  readonly unavailableRate?: number;
  /** Share of requests whose connection is destroyed without an answer. */
  readonly resetRate?: number;
  /**
   * Share of requests forwarded to the engine whose answer is then dropped (connection reset): the
   * call took effect but the client never hears, the nastiest case for a non-idempotent call.
   */
  readonly resetAfterForwardRate?: number;
  /**
   * Deterministic variant: the first N forwarded requests of each listed operation lose their
   * answer, e.g. `{ PutItem: 1 }` (applies whatever `operations` says).
   */
  readonly resetAfterForwardFirst?: Readonly<Record<string, number>>;
  /** BatchWriteItem: share of the items held back and answered as UnprocessedItems. */
  readonly unprocessedRate?: number;
  /** Added to every faulted-operation request, in ms. */
  readonly latencyMs?: number;
  /**
   * Rewrites a successful answer of operation `op` (its parsed JSON) before the client sees it, e.g.
   * to make DescribeTable report a field DynamoDB Local never does. Applies whatever `operations` says.
   */
  readonly rewriteAnswer?: (op: string, answer: Record<string, unknown>) => Record<string, unknown>;
  /** Sees every request after the faults, before the engine (test/support/aws-control-plane/). */
  readonly layer?: ProxyLayer;
}

export interface FaultCounts {
  requests: number;
  forwarded: number;
  throttled: number;
  serverErrors: number;
  unavailable: number;
  resets: number;
  /** Requests forwarded whose answer was dropped (see `resetAfterForwardRate`). */
  resetsAfterForward: number;
  /** Items answered as unprocessed (not forwarded). */
  unprocessedItems: number;
  /** Items forwarded inside BatchWriteItem requests. */
  forwardedItems: number;
}

export interface FaultProxy {
  readonly endpoint: string;
  readonly counts: FaultCounts;
  close(): Promise<void>;
}

/** mulberry32: a tiny seeded PRNG, so a seed gives the same faults in the same order. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => res(Buffer.concat(chunks)));
    req.on('error', rej);
  });

function answerError(res: ServerResponse, status: number, type: string, message: string): void {
  const body = JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(body), 'x-amzn-requestid': 'fault-proxy' });
  res.end(body);
}

type WriteRequests = Record<string, unknown[]>;

export async function startFaultProxy(config: FaultConfig): Promise<FaultProxy> {
  const random = rng(config.seed ?? 1);
  const target = new URL(config.target);
  const dropped = new Map<string, number>();
  const counts: FaultCounts = { requests: 0, forwarded: 0, throttled: 0, serverErrors: 0, unavailable: 0, resets: 0, resetsAfterForward: 0, unprocessedItems: 0, forwardedItems: 0 };

  const forward = (req: IncomingMessage, body: Buffer, asOp?: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> =>
    new Promise((res, rej) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
      if (asOp) headers['x-amz-target'] = `${(headers['x-amz-target'] ?? 'DynamoDB_20120810.x').split('.')[0]}.${asOp}`;
      headers['content-length'] = String(body.length);
      headers['host'] = target.host;
      const out = request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (r) => {
        readBody(r).then((b) => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(r.headers)) if (typeof v === 'string') h[k] = v;
          res({ status: r.statusCode ?? 502, headers: h, body: b });
        }, rej);
      });
      out.on('error', rej);
      out.end(body);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readBody(req);
    const op = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const faulty = !config.operations || config.operations.includes(op);
    counts.requests += 1;
    if (faulty) {
      if (config.latencyMs) await new Promise((r) => setTimeout(r, config.latencyMs));
      if (random() < (config.resetRate ?? 0)) {
        counts.resets += 1;
        req.socket.destroy();
        return;
      }
      if (random() < (config.throttleRate ?? 0)) {
        counts.throttled += 1;
        return answerError(res, 400, config.throttleType ?? 'ProvisionedThroughputExceededException', 'The level of configured provisioned throughput for the table was exceeded (injected).');
      }
      if (random() < (config.serverErrorRate ?? 0)) {
        counts.serverErrors += 1;
        return answerError(res, 500, 'InternalServerError', 'Internal server error (injected)');
      }
      if (random() < (config.unavailableRate ?? 0)) {
        counts.unavailable += 1;
        return answerError(res, 503, 'ServiceUnavailable', 'Service unavailable (injected)');
      }
    }
    let sendBody = body;
    let held: WriteRequests = {};
    if (faulty && op === 'BatchWriteItem' && (config.unprocessedRate ?? 0) > 0) {
      const parsed = JSON.parse(body.toString('utf8')) as { RequestItems: WriteRequests } & Record<string, unknown>;
      const kept: WriteRequests = {};
      for (const [table, reqs] of Object.entries(parsed.RequestItems)) {
        for (const r of reqs) {
          const bucket = random() < (config.unprocessedRate ?? 0) ? held : kept;
          (bucket[table] ??= []).push(r);
        }
      }
      const heldCount = Object.values(held).reduce((n, l) => n + l.length, 0);
      counts.unprocessedItems += heldCount;
      if (Object.keys(kept).length === 0) {
        // Nothing left to forward: answer as DynamoDB would when it processed none of the batch.
        const out = JSON.stringify({ UnprocessedItems: held });
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(out) });
        res.end(out);
        return;
      }
      sendBody = Buffer.from(JSON.stringify({ ...parsed, RequestItems: kept }));
    }
    if (op === 'BatchWriteItem') {
      const parsed = JSON.parse(sendBody.toString('utf8')) as { RequestItems: WriteRequests };
      counts.forwardedItems += Object.values(parsed.RequestItems).reduce((n, l) => n + l.length, 0);
    }
    let after: ((status: number, answer: Json) => Json | Promise<Json>) | undefined;
    let asOp: string | undefined;
    if (config.layer) {
      const decision = await config.layer.handle(op, JSON.parse(sendBody.toString('utf8') || '{}') as Json, req.headers);
      if (decision.kind === 'answer') {
        const out = JSON.stringify(decision.body);
        res.writeHead(decision.status, { 'content-type': 'application/x-amz-json-1.0', 'content-length': Buffer.byteLength(out), 'x-amzn-requestid': 'aws-control-plane' });
        res.end(out);
        return;
      }
      sendBody = Buffer.from(JSON.stringify(decision.body));
      after = decision.after;
      asOp = decision.op;
    }
    counts.forwarded += 1;
    const answer = await forward(req, sendBody, asOp);
    if (after) answer.body = Buffer.from(JSON.stringify(await after(answer.status, JSON.parse(answer.body.toString('utf8') || '{}') as Json)));
    const firstLeft = config.resetAfterForwardFirst?.[op] ?? 0;
    if (firstLeft > (dropped.get(op) ?? 0)) {
      dropped.set(op, (dropped.get(op) ?? 0) + 1);
      counts.resetsAfterForward += 1;
      req.socket.destroy();
      return;
    }
    // Draw only when configured, so existing seeds give the same faults as before.
    if (faulty && (config.resetAfterForwardRate ?? 0) > 0 && random() < (config.resetAfterForwardRate ?? 0)) {
      counts.resetsAfterForward += 1;
      req.socket.destroy();
      return;
    }
    let outBody = answer.body;
    if (config.rewriteAnswer && answer.status === 200) {
      outBody = Buffer.from(JSON.stringify(config.rewriteAnswer(op, JSON.parse(outBody.toString('utf8')) as Record<string, unknown>)));
    }
    if (Object.keys(held).length > 0 && answer.status === 200) {
      const parsed = JSON.parse(outBody.toString('utf8')) as { UnprocessedItems?: WriteRequests };
      const merged: WriteRequests = { ...(parsed.UnprocessedItems ?? {}) };
      for (const [t, l] of Object.entries(held)) merged[t] = [...(merged[t] ?? []), ...l];
      outBody = Buffer.from(JSON.stringify({ ...parsed, UnprocessedItems: merged }));
    }
    const headers: Record<string, string> = { ...answer.headers, 'content-length': String(outBody.length) };
    // The body may have changed, so its checksum header would be wrong: drop it.
    delete headers['x-amz-crc32'];
    res.writeHead(answer.status, headers);
    res.end(outBody);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) answerError(res, 500, 'InternalServerError', `fault proxy: ${String(e)}`);
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
