import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FaviconOptions } from "./fetchFavicon";

/**
 * Test support for the favicon tests: real HTTP servers on 127.0.0.1 playing
 * websites (nothing reaches the internet), and icons with real image bytes.
 */

/** A real 1x1 PNG (signature, IHDR, IDAT, IEND): file-type reads its chunks. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
/** ICONDIR (one image) + one 16-byte entry + some image data. */
export const ICO = Buffer.concat([
  Buffer.from([0, 0, 1, 0, 1, 0]),
  Buffer.from([16, 16, 0, 0, 1, 0, 32, 0, 40, 0, 0, 0, 22, 0, 0, 0]),
  Buffer.alloc(40, 0x5a),
]);
export const SVG_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle r="8"/></svg>';

/**
 * Timeouts here only stop a hung test: a real clock limit of a second or two
 * fails on a busy machine. Tests of the timeout itself stop the clock.
 */
export const NO_HURRY_MS = 30_000;

export const LOCAL: FaviconOptions = { allowPrivateHosts: true, timeoutMs: NO_HURRY_MS };

interface Seen {
  path: string;
  host: string;
  accept: string;
}

export interface TestServer {
  origin: string;
  port: number;
  seen: Seen[];
  paths: () => string[];
}

export type Route = (res: ServerResponse, req: IncomingMessage) => void;

const servers: Server[] = [];

/** Closes every server started by {@link serve}; for afterEach. */
export async function closeServers(): Promise<void> {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
}

/** A server answering `routes` by path (404 otherwise), recording every request. */
export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "";
    seen.push({ path, host: req.headers.host ?? "", accept: req.headers.accept ?? "" });
    const route = routes[path];
    if (route) route(res, req);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    paths: () => seen.map((request) => request.path),
  };
}

export const html =
  (body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);

export const bytes =
  (type: string | null, body: Buffer | string): Route =>
  (res) =>
    res.writeHead(200, type === null ? {} : { "content-type": type }).end(body);

export const redirect =
  (location: string, status = 302): Route =>
  (res) =>
    res.writeHead(status, { location }).end();

/** The type and bytes inside a data URL. */
export function decode(dataUrl: string | null): { type: string; body: Buffer } {
  const match = /^data:([^;,]+);base64,(.*)$/.exec(dataUrl ?? "");
  if (!match) throw new Error(`not a base64 data URL: ${String(dataUrl).slice(0, 60)}`);
  return { type: match[1] ?? "", body: Buffer.from(match[2] ?? "", "base64") };
}

/** A port on 127.0.0.1 with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
