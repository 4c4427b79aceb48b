import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { type DemoAgents, demoAgentApi } from "./agent-api";
import { DEMO_RECORDINGS_DIR } from "./recordings";

/**
 * The demo voice platform: serves the demo calls' recordings the way a
 * platform's recording URL does (GET, HTTP Range for seeking), on 127.0.0.1.
 * Portico's recording endpoint fetches from it locally as it would from
 * Retell or Vapi in production.
 *
 * It also plays the two platforms' APIs that hand out a fresh recording URL
 * (Retell `GET /v2/get-call/{call_id}` -> `recording_url`, Vapi
 * `GET /call/{id}` -> `artifact.recordingUrl`, both with a bearer API key),
 * and signs URLs that expire (`?expires=<ms>`, answered 403 once past, as a
 * presigned storage URL is), so recording refresh can be exercised locally.
 */
export interface DemoVoicePlatform {
  url: string;
  /** A recording URL that stops working at `expiresAt`. */
  expiringUrl(conversationId: string, expiresAt: Date): string;
  /** Lets the APIs answer for a call: its recording, for the holder of `apiKey`. */
  knowCall(callId: string, conversationId: string, apiKey: string): void;
  /** The agents' API (FAQ and settings sync, voices): see agent-api.ts. */
  agents: DemoAgents;
  close(): Promise<void>;
}

const RECORDING = /^\/recordings\/([a-z0-9-]{1,80})\.ogg$/;
const RETELL_GET_CALL = /^\/v2\/get-call\/([^/]{1,200})$/;
const VAPI_GET_CALL = /^\/call\/([^/]{1,200})$/;
/** Fresh URLs the APIs hand out live this long (Retell's signed URLs: 24 h). */
const FRESH_URL_MS = 24 * 60 * 60 * 1000;

/** Parses `bytes=a-b` (one range); null when absent or unsatisfiable. */
export function byteRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | null {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  const start = from === "" ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === "" || to === "" ? size - 1 : Math.min(Number(to), size - 1);
  return start <= end && start < size ? { start, end } : null;
}

/** Listens on `port` (0: any free port). */
export function startDemoVoicePlatform(port: number): Promise<DemoVoicePlatform> {
  let base = "";
  const calls = new Map<string, { conversationId: string; apiKey: string }>();
  const expiringUrl = (conversationId: string, expiresAt: Date) =>
    `${base}/recordings/${conversationId}.ogg?expires=${expiresAt.getTime()}`;

  /** The APIs: the call with a fresh recording URL, for its account's key only. */
  function answerApi(
    response: ServerResponse,
    callId: string,
    authorization: string | undefined,
    shape: "retell" | "vapi",
  ) {
    const call = calls.get(callId);
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (!authorization?.startsWith("Bearer "))
      return json(401, { error_message: "Missing API key" });
    if (!call || call.apiKey !== authorization.slice("Bearer ".length)) {
      return json(404, { error_message: "Call not found" });
    }
    const fresh = expiringUrl(call.conversationId, new Date(Date.now() + FRESH_URL_MS));
    return shape === "retell"
      ? json(200, { call_id: callId, call_status: "ended", recording_url: fresh })
      : json(200, { id: callId, status: "ended", artifact: { recordingUrl: fresh } });
  }

  const agentApi = demoAgentApi();

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://platform.local");
    if (url.pathname !== "/" && !url.pathname.startsWith("/recordings/")) {
      const isCallApi = RETELL_GET_CALL.test(url.pathname) || VAPI_GET_CALL.test(url.pathname);
      if (!isCallApi) {
        agentApi.handle(request, response, url.pathname).then(
          (handled) => {
            if (!handled)
              response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
          },
          () => response.writeHead(500).end(),
        );
        return;
      }
    }
    const retellCall = url.pathname.match(RETELL_GET_CALL)?.[1];
    const vapiCall = url.pathname.match(VAPI_GET_CALL)?.[1];
    if (request.method === "GET" && (retellCall || vapiCall)) {
      answerApi(
        response,
        decodeURIComponent(retellCall ?? vapiCall ?? ""),
        request.headers.authorization,
        retellCall ? "retell" : "vapi",
      );
      return;
    }
    const name = url.pathname.match(RECORDING)?.[1];
    const file = name ? path.join(DEMO_RECORDINGS_DIR, `${name}.ogg`) : null;
    if ((request.method !== "GET" && request.method !== "HEAD") || !file || !existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const expires = url.searchParams.get("expires");
    if (expires !== null && !(Number(expires) > Date.now())) {
      response
        .writeHead(403, { "content-type": "application/xml" })
        .end("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>");
      return;
    }
    const size = statSync(file).size;
    const headers = {
      "content-type": "audio/ogg",
      "accept-ranges": "bytes",
      "cache-control": "no-store",
    };
    const rangeHeader = request.headers.range;
    const range = byteRange(rangeHeader, size);
    if (rangeHeader && !range) {
      response.writeHead(416, { ...headers, "content-range": `bytes */${size}` }).end();
      return;
    }
    if (range) {
      response.writeHead(206, {
        ...headers,
        "content-length": range.end - range.start + 1,
        "content-range": `bytes ${range.start}-${range.end}/${size}`,
      });
      createReadStream(file, range).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, "content-length": size });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : port;
      base = `http://127.0.0.1:${bound}`;
      resolve({
        url: base,
        expiringUrl,
        knowCall: (callId, conversationId, apiKey) => calls.set(callId, { conversationId, apiKey }),
        agents: agentApi.agents,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
