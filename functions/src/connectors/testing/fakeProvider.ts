import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { ConnectorError } from "../connector";

/**
 * For connector tests: a local fake of a provider's HTTP endpoints on 127.0.0.1,
 * so nothing reaches the real provider. Each test sets its routes with `on`, and
 * reads what the connector sent from `seen`.
 */

export interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface Reply {
  status: number;
  json?: unknown;
}

export function reply(status: number, json?: unknown): Reply {
  return { status, json };
}

export interface FakeProvider {
  /** http://127.0.0.1:<port>, set once the server listens (inside tests and hooks). */
  readonly origin: string;
  /** Requests received in the current test, in order. */
  readonly seen: Seen[];
  /** Answers `method path`; a later route wins, so a test can override an earlier one. */
  on(method: string, path: string, answer: (request: Seen) => Reply | undefined): void;
  requestsTo(method: string, path: string): Seen[];
}

/** Starts the fake for this test file; `fallback` answers requests no route takes. */
export function startFakeProvider(fallback: Reply): FakeProvider {
  let server: Server;
  let origin = "";
  let seen: Seen[] = [];
  let routes: ((request: Seen) => Reply | undefined)[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", origin);
      const request: Seen = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      const answer =
        routes
          .slice()
          .reverse()
          .map((route) => route(request))
          .find(Boolean) ?? fallback;
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(answer.json === undefined ? "" : JSON.stringify(answer.json));
    });
  };

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    seen = [];
    routes = [];
  });

  return {
    get origin() {
      return origin;
    },
    get seen() {
      return seen;
    },
    on(method, path, answer) {
      routes.push((request) =>
        request.method === method && request.path === path ? answer(request) : undefined,
      );
    },
    requestsTo(method, path) {
      return seen.filter((request) => request.method === method && request.path === path);
    },
  };
}

/** The JSON body a request carried. */
export function bodyOf(request: Seen | undefined): unknown {
  return request ? JSON.parse(request.body) : undefined;
}

/** The form fields a request carried. */
export function formOf(request: Seen | undefined): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request?.body));
}

/** The ConnectorError `promise` rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a ConnectorError");
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}
