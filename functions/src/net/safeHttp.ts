import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { bareHost } from "./addressRanges";
import { type HostPolicy, pinnedLookup, resolveHost } from "./checkedHosts";
import { Failure } from "./failure";

/**
 * GET for an untrusted URL (a client's website, a platform's recording URL):
 * http(s) only, no credentials, every hop (and each redirect) connected only
 * to checked addresses, bodies decoded and capped.
 */

const MAX_REDIRECTS = 3;
const USER_AGENT = "Mozilla/5.0 (compatible; Portico/1.0)";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Tests only: where to really connect once an address and port have been
 * checked (default: there). Lets a test play a public host with a local server.
 */
export type Dial = (address: string, port: number) => { address: string; port: number };

export interface SafeHttpContext extends HostPolicy {
  dial?: Dial | undefined;
}

/** Throws unless the URL is one a request may be sent to. */
export function checkUrl(url: URL): URL {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Failure(`unsupported scheme ${url.protocol}`);
  }
  if (url.username !== "" || url.password !== "") throw new Failure("URL has credentials");
  if (url.hostname === "") throw new Failure("URL has no host");
  return url;
}

/** The media type of a content-type header, lower case, without parameters. */
export function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** One GET to a checked address; resolves with the response head. */
async function request(
  url: URL,
  accept: string,
  context: SafeHttpContext,
  extraHeaders: Record<string, string>,
): Promise<IncomingMessage> {
  checkUrl(url);
  const host = bareHost(url.hostname);
  const addresses = await resolveHost(host, context);
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  const targets = addresses.map((address) =>
    context.dial ? context.dial(address, port) : { address, port },
  );
  const first = targets[0];
  if (!first) throw new Failure(`no address for ${host}`);
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = send(
      {
        // A literal address is never looked up, so connect to the (dialled) address itself.
        hostname: isIP(host) !== 0 ? first.address : host,
        port: first.port,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        headers: {
          ...extraHeaders,
          host: url.host,
          accept,
          "accept-encoding": "gzip, deflate, br",
          "user-agent": USER_AGENT,
        },
        lookup: pinnedLookup(targets.map((target) => target.address)),
        agent: false,
        signal: context.signal,
      },
      (res) => {
        res.on("error", () => undefined);
        resolve(res);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** GET following at most MAX_REDIRECTS redirects, each hop checked again. */
export async function get(
  start: URL,
  accept: string,
  context: SafeHttpContext,
  /** E.g. a Range header passed on; never credentials (they would follow redirects). */
  extraHeaders: Record<string, string> = {},
): Promise<{ url: URL; res: IncomingMessage }> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await request(url, accept, context, extraHeaders);
    const location = res.headers.location;
    if (!REDIRECT_STATUSES.has(res.statusCode ?? 0) || !location) return { url, res };
    res.destroy();
    if (hop >= MAX_REDIRECTS) throw new Failure(`more than ${MAX_REDIRECTS} redirects`);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new Failure("redirect to an invalid URL");
    }
    next.hash = "";
    url = checkUrl(next);
  }
}

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "")
    .trim()
    .toLowerCase();
  const decoder =
    encoding === "" || encoding === "identity"
      ? null
      : encoding === "gzip" || encoding === "x-gzip"
        ? createGunzip()
        : encoding === "deflate"
          ? createInflate()
          : encoding === "br"
            ? createBrotliDecompress()
            : undefined;
  if (decoder === undefined) throw new Failure(`unsupported content encoding ${encoding}`);
  if (decoder === null) return res;
  res.on("error", (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

/**
 * The (decoded) body, reading no more than `limit` bytes past what is kept:
 * "truncate" keeps the first `limit` bytes, "refuse" fails when there are more.
 */
export async function readBody(
  res: IncomingMessage,
  limit: number,
  overflow: "truncate" | "refuse",
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let stream: Readable = res;
  try {
    stream = decoded(res);
    for await (const chunk of stream) {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
      if (size + bytes.length > limit) {
        if (overflow === "refuse") throw new Failure(`larger than ${limit} bytes`);
        chunks.push(bytes.subarray(0, limit - size));
        size = limit;
        break;
      }
      chunks.push(bytes);
      size += bytes.length;
    }
  } finally {
    stream.destroy();
    res.destroy();
  }
  return Buffer.concat(chunks, size);
}
