import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import { DEMO_RECORDINGS_DIR } from "./recordings";

/**
 * The demo voice platform: serves the demo calls' recordings the way a
 * platform's recording URL does (GET, HTTP Range for seeking), on 127.0.0.1.
 * Portico's recording endpoint fetches from it locally as it would from
 * Retell or Vapi in production.
 */
export interface DemoVoicePlatform {
  url: string;
  close(): Promise<void>;
}

const RECORDING = /^\/recordings\/([a-z0-9-]{1,80})\.ogg$/;

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
  const server: Server = createServer((request, response) => {
    const name = request.url?.match(RECORDING)?.[1];
    const file = name ? path.join(DEMO_RECORDINGS_DIR, `${name}.ogg`) : null;
    if (request.method !== "GET" || !file || !existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
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
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
