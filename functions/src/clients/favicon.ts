import { lookup as dnsLookup } from "node:dns/promises";
import { setMaxListeners } from "node:events";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";

/**
 * Fetches a client's website icon so it can be cached inline on the client
 * document. The site is untrusted, so every request (each redirect hop, and
 * the icon URL found in the page) goes only to an address checked to be
 * public, and the connection is pinned to the addresses that were checked:
 * a DNS answer that changes between the check and the connection cannot
 * point it at the metadata server or the VPC. One time budget bounds it all,
 * reads are capped, and nothing here throws or logs.
 */

/** Largest icon kept: it is stored inline in a Firestore document. */
export const MAX_FAVICON_BYTES = 16 * 1024;

const MAX_PAGE_BYTES = 512 * 1024;
const MAX_REDIRECTS = 3;
/** Icon links tried from the page before falling back to /favicon.ico. */
const MAX_LINKED_ICONS = 3;
const DEFAULT_TIMEOUT_MS = 4000;
const MAX_TIMEOUT_MS = 60_000;
const MAX_WEBSITE_CHARS = 2048;
/** A data: icon percent-encodes at most three characters per byte. */
const MAX_DATA_URL_CHARS = MAX_FAVICON_BYTES * 3 + 1024;
const USER_AGENT = "Mozilla/5.0 (compatible; PorticoFavicon/1.0)";

const SVG = "image/svg+xml";
const ICON_TYPES = new Set([
  "image/png",
  "image/x-icon",
  "image/vnd.microsoft.icon",
  SVG,
  "image/jpeg",
  "image/gif",
  "image/webp",
]);
/** Content types that say nothing; the bytes decide (never as SVG). */
const GENERIC_TYPES = new Set([
  "",
  "application/octet-stream",
  "binary/octet-stream",
  "application/x-octet-stream",
  "application/binary",
  "application/unknown",
]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface FaviconOptions {
  /** Allow loopback/private/link-local hosts. Only true for local emulators and tests. */
  allowPrivateHosts: boolean;
  /** Whole operation budget; default 4000 ms. */
  timeoutMs?: number;
  /** Resolves a host name to all its addresses; default node:dns. For tests. */
  lookup?: (host: string) => Promise<string[]>;
  /**
   * Tests only: where to really connect once an address and port have been
   * checked (default: there). Lets a test play a public host with a local server.
   */
  dial?: (address: string, port: number) => { address: string; port: number };
}

export interface FaviconResult {
  dataUrl: string | null;
  /** "ok", or why there is no icon (for logs and tests). */
  reason: string;
}

/** The site's icon as a data URL, or null when it cannot be had. Never throws. */
export async function fetchFavicon(
  website: string,
  options: FaviconOptions,
): Promise<string | null> {
  return (await fetchFaviconWithReason(website, options)).dataUrl;
}

/** Like {@link fetchFavicon}, with the reason there is no icon. Never throws. */
export async function fetchFaviconWithReason(
  website: string,
  options: FaviconOptions,
): Promise<FaviconResult> {
  const timeoutMs = budget(options?.timeoutMs);
  const controller = new AbortController();
  // Each request listens on the signal until it ends; a few hops may overlap.
  setMaxListeners(64, controller.signal);
  const context: Context = {
    allowPrivateHosts: options?.allowPrivateHosts === true,
    lookup: options?.lookup ?? systemLookup,
    dial: options?.dial,
    signal: controller.signal,
    resolved: new Map(),
  };
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<FaviconResult>((resolve) => {
    timer = setTimeout(() => {
      resolve({ dataUrl: null, reason: `timed out after ${timeoutMs} ms` });
      controller.abort(new Failure("timed out"));
    }, timeoutMs);
  });
  try {
    return await Promise.race([find(website, context), timedOut]);
  } catch (error) {
    return { dataUrl: null, reason: describe(error) };
  } finally {
    clearTimeout(timer);
    // Ends whatever is still connected, e.g. a request that lost the race.
    controller.abort(new Failure("finished"));
  }
}

interface Context {
  allowPrivateHosts: boolean;
  lookup: (host: string) => Promise<string[]>;
  dial: FaviconOptions["dial"];
  signal: AbortSignal;
  /** Checked addresses per host, so every request to a host uses the same answer. */
  resolved: Map<string, Promise<string[]>>;
}

/** A failure with a reason fit for a log line. */
class Failure extends Error {}

async function find(website: string, context: Context): Promise<FaviconResult> {
  const site = parseWebsite(website);
  // A refused or unknown site gets no request at all, not even the fallback.
  await resolveHost(site.hostname, context);

  const notes: string[] = [];
  const tried = new Set<string>();
  let origin = site;
  try {
    const page = await fetchPage(site, context);
    origin = page.url;
    if (page.icons.length === 0) notes.push("page has no icon link");
    for (const href of page.icons.slice(0, MAX_LINKED_ICONS)) {
      tried.add(href);
      try {
        return { dataUrl: await loadIcon(href, context), reason: "ok" };
      } catch (error) {
        notes.push(`icon ${shorten(href)}: ${describe(error)}`);
      }
    }
  } catch (error) {
    notes.push(`page: ${describe(error)}`);
  }

  const fallback = new URL("/favicon.ico", origin).href;
  if (!tried.has(fallback)) {
    try {
      return { dataUrl: await loadIcon(fallback, context), reason: "ok" };
    } catch (error) {
      notes.push(`${fallback}: ${describe(error)}`);
    }
  }
  return { dataUrl: null, reason: notes.join("; ") };
}

// --- URLs -------------------------------------------------------------------

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** "acme.com:8080/x" or "localhost:3000" look like a scheme but are a host and port. */
const HOST_AND_PORT = /^(?:localhost|[^:/?#]*\.[^:/?#]*):\d+(?:[/?#]|$)/i;

function parseWebsite(website: string): URL {
  if (typeof website !== "string") throw new Failure("website is not a string");
  const input = website.trim();
  if (input === "") throw new Failure("website is empty");
  if (input.length > MAX_WEBSITE_CHARS) throw new Failure("website is too long");
  let candidate = input;
  if (input.startsWith("//")) candidate = `https:${input}`;
  else if (!HAS_SCHEME.test(input) || HOST_AND_PORT.test(input)) candidate = `https://${input}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new Failure("website is not a valid URL");
  }
  checkUrl(url);
  url.hash = "";
  return url;
}

function checkUrl(url: URL): URL {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Failure(`unsupported scheme ${url.protocol}`);
  }
  if (url.username !== "" || url.password !== "") throw new Failure("URL has credentials");
  if (url.hostname === "") throw new Failure("URL has no host");
  return url;
}

/** URL.hostname keeps the brackets of an IPv6 literal; sockets want it bare. */
function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

function shorten(href: string): string {
  return href.length > 120 ? `${href.slice(0, 117)}...` : href;
}

// --- Addresses --------------------------------------------------------------

async function systemLookup(host: string): Promise<string[]> {
  const entries = await dnsLookup(host, { all: true, verbatim: true });
  return entries.map((entry) => entry.address);
}

/** Names that only mean something inside a machine or a private network. */
function isInternalName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return (
    !name.includes(".") ||
    name === "localhost" ||
    name.endsWith(".localhost") ||
    name.endsWith(".local") ||
    name.endsWith(".internal") ||
    name.endsWith(".home.arpa")
  );
}

/** Every address of the host, all checked; throws when any of them is refused. */
async function resolveHost(hostname: string, context: Context): Promise<string[]> {
  const host = bareHost(hostname);
  if (isIP(host) !== 0) {
    if (!context.allowPrivateHosts && isPrivateAddress(host)) {
      throw new Failure(`refused non-public address ${host}`);
    }
    return [host];
  }
  if (!context.allowPrivateHosts && isInternalName(host)) {
    throw new Failure(`refused internal host name ${host}`);
  }
  let pending = context.resolved.get(host);
  if (!pending) {
    pending = untilAborted(context.lookup(host), context.signal);
    context.resolved.set(host, pending);
  }
  let addresses: string[];
  try {
    addresses = await pending;
  } catch (error) {
    throw new Failure(`cannot resolve ${host}: ${describe(error)}`);
  }
  if (addresses.length === 0) throw new Failure(`no address for ${host}`);
  for (const address of addresses) {
    if (isIP(address) === 0) throw new Failure(`resolver gave a non-address for ${host}`);
    if (!context.allowPrivateHosts && isPrivateAddress(address)) {
      throw new Failure(`refused ${host}: non-public address ${address}`);
    }
  }
  return addresses;
}

/**
 * True for every address that is not plainly a public unicast one: loopback,
 * private, link-local (and so the metadata server), CGNAT, multicast, reserved,
 * documentation ranges, and IPv6 forms that embed any of those. Anything that
 * is not an IP address at all counts as private, so it is refused.
 */
export function isPrivateAddress(ip: string): boolean {
  const address = bareHost(ip.trim());
  const version = isIP(address);
  if (version === 4) {
    const value = parseV4(address);
    return value === null || isPrivateV4(value);
  }
  if (version === 6) {
    const groups = parseV6(address);
    return groups === null || isPrivateV6(groups);
  }
  return true;
}

const V4_BLOCKS: ReadonlyArray<readonly [string, number]> = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, incl. the metadata server
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, incl. broadcast
];

const V4_NETWORKS = V4_BLOCKS.map(([base, bits]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (parseV4(base) ?? 0) & mask, mask };
});

function parseV4(address: string): number | null {
  const parts = address.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

function isPrivateV4(value: number): boolean {
  return V4_NETWORKS.some(({ base, mask }) => (value & mask) >>> 0 === base >>> 0);
}

/** The eight 16-bit groups of a valid IPv6 address (zone dropped). */
function parseV6(address: string): number[] | null {
  let text = address.split("%")[0] ?? "";
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    const v4 = parseV4(last);
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 ? (halves[1] ? halves[1].split(":") : []) : null;
  const missing = 8 - head.length - (tail?.length ?? 0);
  if (tail === null ? missing !== 0 : missing < 1) return null;
  const groups = [
    ...head,
    ...Array<string>(tail === null ? 0 : missing).fill("0"),
    ...(tail ?? []),
  ];
  const values = groups.map((group) =>
    /^[0-9a-f]{1,4}$/i.test(group) ? parseInt(group, 16) : NaN,
  );
  return values.some(Number.isNaN) ? null : values;
}

function isPrivateV6(g: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = ((g6 << 16) | g7) >>> 0;
  // ::ffff:a.b.c.d (IPv4-mapped): as private as the IPv4 address it carries.
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff) {
    return isPrivateV4(embedded);
  }
  // 64:ff9b::a.b.c.d (NAT64): likewise.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return isPrivateV4(embedded);
  }
  // Only global unicast (2000::/3) can be public. This refuses ::, ::1, the
  // IPv4-compatible ::/96, fc00::/7, fe80::/10, fec0::/10, ff00::/8, 100::/64 and more.
  if ((g0 & 0xe000) !== 0x2000) return true;
  if (g0 === 0x2001 && g1 < 0x200) return true; // 2001::/23: Teredo, benchmarking, ORCHID...
  if (g0 === 0x2001 && g1 === 0xdb8) return true; // documentation
  if (g0 === 0x3fff && g1 < 0x1000) return true; // documentation (3fff::/20)
  if (g0 === 0x2002) return isPrivateV4(((g1 << 16) | g2) >>> 0); // 6to4 embeds an IPv4 address
  return false;
}

/** Hands the socket layer only the addresses that were checked. */
function pinnedLookup(addresses: string[]): LookupFunction {
  const entries = addresses.map((address) => ({ address, family: isIP(address) }));
  return (_hostname, options, callback) => {
    const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
    const wanted =
      family === 4 || family === 6 ? entries.filter((entry) => entry.family === family) : entries;
    const first = wanted[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error("no checked address of that family");
      error.code = "ENOTFOUND";
      callback(error, "", 0);
    } else if (options.all) {
      callback(null, wanted);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

// --- HTTP -------------------------------------------------------------------

/** One GET to a checked address; resolves with the response head. */
async function request(url: URL, accept: string, context: Context): Promise<IncomingMessage> {
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
async function get(
  start: URL,
  accept: string,
  context: Context,
): Promise<{ url: URL; res: IncomingMessage }> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const res = await request(url, accept, context);
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
async function readBody(
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

function mediaType(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

async function fetchPage(site: URL, context: Context): Promise<{ url: URL; icons: string[] }> {
  const { url, res } = await get(site, "text/html,application/xhtml+xml", context);
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 299) {
    res.destroy();
    throw new Failure(`status ${status}`);
  }
  const type = mediaType(res.headers["content-type"]);
  if (type !== "" && type !== "text/html" && type !== "application/xhtml+xml") {
    res.destroy();
    throw new Failure(`not HTML (${type})`);
  }
  const body = await readBody(res, MAX_PAGE_BYTES, "truncate");
  return { url, icons: findIconLinks(new TextDecoder().decode(body), url.href) };
}

async function loadIcon(href: string, context: Context): Promise<string> {
  if (/^data:/i.test(href)) return dataIcon(href);
  let url: URL;
  try {
    url = checkUrl(new URL(href));
  } catch (error) {
    throw error instanceof Failure ? error : new Failure("invalid icon URL");
  }
  const { res } = await get(url, "image/*", context);
  if (res.statusCode !== 200) {
    res.destroy();
    throw new Failure(`status ${res.statusCode ?? 0}`);
  }
  const claimed = mediaType(res.headers["content-type"]);
  if (!claimed.startsWith("image/") && !GENERIC_TYPES.has(claimed)) {
    res.destroy();
    throw new Failure(`not an image (${claimed})`);
  }
  const length = Number(res.headers["content-length"]);
  if (!res.headers["content-encoding"] && Number.isFinite(length) && length > MAX_FAVICON_BYTES) {
    res.destroy();
    throw new Failure(`larger than ${MAX_FAVICON_BYTES} bytes`);
  }
  return toDataUrl(claimed, await readBody(res, MAX_FAVICON_BYTES, "refuse"));
}

// --- Icon bytes -------------------------------------------------------------

function toDataUrl(claimed: string, body: Buffer): string {
  if (body.length === 0) throw new Failure("empty body");
  if (body.length > MAX_FAVICON_BYTES) throw new Failure(`larger than ${MAX_FAVICON_BYTES} bytes`);
  const type = iconType(claimed, body);
  if (!type) throw new Failure(`bytes are not a valid ${claimed || "image"}`);
  return `data:${type};base64,${body.toString("base64")}`;
}

/**
 * The type to store: raster formats must carry their magic bytes (and are
 * labelled by them), SVG only when the server says SVG and it looks harmless.
 */
function iconType(claimed: string, body: Buffer): string | null {
  const sniffed = sniffRaster(body);
  if (claimed === SVG) return sniffed ?? (isHarmlessSvg(body) ? SVG : null);
  if (!claimed.startsWith("image/") && !GENERIC_TYPES.has(claimed)) return null;
  if (!sniffed) return null;
  if (sniffed === "image/x-icon" && claimed === "image/vnd.microsoft.icon") return claimed;
  return sniffed;
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function sniffRaster(b: Buffer): string | null {
  if (b.length >= 8 && b.subarray(0, 8).equals(PNG_MAGIC)) return "image/png";
  const head = b.toString("latin1", 0, Math.min(b.length, 12));
  if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) return "image/gif";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 12 && head.startsWith("RIFF") && head.slice(8, 12) === "WEBP") {
    return "image/webp";
  }
  // ICONDIR: reserved 0, type 1 (icon), at least one image, then 16-byte entries.
  if (
    b.length >= 22 &&
    b.readUInt16LE(0) === 0 &&
    b.readUInt16LE(2) === 1 &&
    b.readUInt16LE(4) > 0
  ) {
    return "image/x-icon";
  }
  return null;
}

/** An SVG shown through <img> runs no script; refuse any that tries anyway. */
function isHarmlessSvg(body: Buffer): boolean {
  const text = body.toString("utf8");
  return (
    /<svg[\s>]/i.test(text) &&
    !/<script|<foreignobject|<!entity|javascript:|\son[a-z]+\s*=/i.test(text)
  );
}

/** A data: icon from the page, re-encoded after the same checks as a fetched one. */
function dataIcon(href: string): string {
  if (href.length > MAX_DATA_URL_CHARS) throw new Failure("data: icon is too large");
  const comma = href.indexOf(",");
  if (comma < 0) throw new Failure("malformed data: icon");
  const meta = href
    .slice("data:".length, comma)
    .split(";")
    .map((part) => part.trim().toLowerCase());
  const claimed = meta[0] ?? "";
  const payload = href.slice(comma + 1);
  let body: Buffer;
  try {
    if (meta.slice(1).includes("base64")) {
      const text = decodeURIComponent(payload).replace(/\s+/g, "");
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw new Failure("malformed base64");
      body = Buffer.from(text, "base64");
    } else {
      body = Buffer.from(decodeURIComponent(payload), "utf8");
    }
  } catch {
    throw new Failure("malformed data: icon");
  }
  return toDataUrl(claimed, body);
}

// --- HTML -------------------------------------------------------------------

interface IconLink {
  href: string;
  /** 0 for rel="icon" (and "shortcut icon"), 1 for apple-touch-icon. */
  rank: number;
  /** Distance of the declared size from 32-64 px; 1 when no size is given. */
  distance: number;
  order: number;
}

/**
 * The icon links of a page, best first: rel="icon" before apple-touch-icon,
 * then the declared size closest to 32-64 px, then page order. Hrefs are
 * resolved against <base href> or the page URL; data: hrefs are kept as is.
 * A linear scan, so hostile markup cannot make it slow.
 */
export function findIconLinks(html: string, pageUrl: string): string[] {
  const links: IconLink[] = [];
  let base = pageUrl;
  let sawBase = false;
  scanTags(html, (name, rawAttributes) => {
    if (name === "base" && !sawBase) {
      const href = attributes(rawAttributes).get("href");
      if (href === undefined) return;
      sawBase = true;
      const resolved = resolveHref(decodeEntities(href), pageUrl);
      if (resolved && !resolved.startsWith("data:")) base = resolved;
      return;
    }
    if (name !== "link") return;
    const attrs = attributes(rawAttributes);
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const rank = rel.includes("icon")
      ? 0
      : rel.includes("apple-touch-icon") || rel.includes("apple-touch-icon-precomposed")
        ? 1
        : -1;
    if (rank < 0) return;
    const type = mediaType(decodeEntities(attrs.get("type") ?? ""));
    if (type !== "" && !ICON_TYPES.has(type)) return;
    const href = resolveHref(decodeEntities(attrs.get("href") ?? ""), base);
    if (!href) return;
    links.push({ href, rank, distance: sizeDistance(attrs.get("sizes")), order: links.length });
  });
  links.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.order - b.order);
  return [...new Set(links.map((link) => link.href))];
}

function resolveHref(raw: string, base: string): string | null {
  const href = raw.trim();
  if (href === "") return null;
  if (/^data:/i.test(href)) return href;
  try {
    const url = new URL(href, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

function sizeDistance(sizes: string | undefined): number {
  if (!sizes?.trim()) return 1;
  let best = Number.POSITIVE_INFINITY;
  for (const token of sizes.toLowerCase().trim().split(/\s+/)) {
    if (token === "any") best = 0;
    const match = /^(\d{1,5})x(\d{1,5})$/.exec(token);
    if (!match) continue;
    const size = Math.max(Number(match[1]), Number(match[2]));
    best = Math.min(best, size < 32 ? 32 - size : size > 64 ? size - 64 : 0);
  }
  return Number.isFinite(best) ? best : 1;
}

const TAG_NAME = /[a-z][a-z0-9-]*/iy;
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "noscript"]);

/** Calls `visit` for each start tag, skipping comments and raw-text elements. */
function scanTags(html: string, visit: (name: string, attributes: string) => void): void {
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    if (open < 0) return;
    if (html.startsWith("<!--", open)) {
      const end = html.indexOf("-->", open + 4);
      if (end < 0) return;
      i = end + 3;
      continue;
    }
    TAG_NAME.lastIndex = open + 1;
    const match = TAG_NAME.exec(html);
    if (!match) {
      i = open + 1;
      continue;
    }
    const name = match[0].toLowerCase();
    const attributesStart = open + 1 + match[0].length;
    let j = attributesStart;
    let close = -1;
    while (j < html.length) {
      const code = html.charCodeAt(j);
      if (code === 0x22 || code === 0x27) {
        const end = html.indexOf(code === 0x22 ? '"' : "'", j + 1);
        if (end < 0) return;
        j = end + 1;
      } else if (code === 0x3e) {
        close = j;
        break;
      } else {
        j++;
      }
    }
    if (close < 0) return;
    visit(name, html.slice(attributesStart, close));
    i = close + 1;
    if (RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = i;
      const found = end.exec(html);
      if (!found) return;
      i = found.index;
    }
  }
}

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attribute names (lower case) to raw values; the first of a name wins, as in HTML. */
function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? "").toLowerCase();
    if (name !== "" && !found.has(name)) found.set(name, match[2] ?? match[3] ?? match[4] ?? "");
  }
  return found;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);?/gi, (entity, body) => {
    const name = String(body).toLowerCase();
    if (!name.startsWith("#")) return NAMED_ENTITIES[name] ?? entity;
    const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

// --- Plumbing ---------------------------------------------------------------

function budget(timeoutMs: number | undefined): number {
  return typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0
    ? Math.min(timeoutMs, MAX_TIMEOUT_MS)
    : DEFAULT_TIMEOUT_MS;
}

/** DNS lookups cannot be cancelled; stop waiting for them at least. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Failure("aborted"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Failure("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function describe(error: unknown): string {
  if (error instanceof Failure) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
