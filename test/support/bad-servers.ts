/**
 * Endpoints that misbehave the ways a dead or wrong endpoint does, on 127.0.0.1, for testing that
 * every command still ends with a named error: one that accepts connections and never answers, one
 * that starts an HTTP answer and never finishes its headers, one that answers bytes that are not
 * HTTP, one that answers an HTML page (a proxy's or a web server's), and a port nothing listens on.
 */
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type BadServerKind = 'silent' | 'stalled-headers' | 'garbage' | 'html';

export interface BadServer {
  readonly kind: BadServerKind;
  readonly endpoint: string;
  /** Connections accepted so far. */
  readonly connections: () => number;
  /** Connections still open (a client that ended cleanly leaves none). */
  readonly openConnections: () => number;
  close(): Promise<void>;
}

const HTML_PAGE = '<!DOCTYPE html>\n<html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>\n';

/** What each kind does with a connection once the first bytes of a request arrived. */
const BEHAVIOUR: Readonly<Record<BadServerKind, (socket: Socket) => void>> = {
  silent: () => undefined,
  'stalled-headers': (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nx-amzn-RequestId: stall\r\n'),
  garbage: (socket) => void socket.end(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0d, 0x0a, 0x67, 0x61, 0x72, 0x62, 0x61, 0x67, 0x65, 0x0d, 0x0a, 0x0d, 0x0a])),
  html: (socket) =>
    void socket.end(
      `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(HTML_PAGE)}\r\nConnection: close\r\n\r\n${HTML_PAGE}`,
    ),
};

/** Starts a misbehaving server of `kind` on a free port of 127.0.0.1. */
export async function startBadServer(kind: BadServerKind): Promise<BadServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: Server = createServer((socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.once('data', () => BEHAVIOUR[kind](socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    kind,
    endpoint: `http://127.0.0.1:${port}`,
    connections: () => accepted,
    openConnections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An endpoint on a port of 127.0.0.1 that nothing listens on (connection refused). */
export async function refusedEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
