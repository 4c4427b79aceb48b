import { setMaxListeners } from "node:events";
import { resolveHost, systemLookup } from "../../net/checkedHosts";
import { describe, Failure } from "../../net/failure";
import {
  checkUrl,
  type Dial,
  get,
  mediaType,
  readBody,
  type SafeHttpContext,
} from "../../net/safeHttp";
import { dataIcon, MAX_FAVICON_BYTES, mayBeIcon, toDataUrl } from "./iconBytes";
import { findIconLinks } from "./iconLinks";

/**
 * Fetches a client's website icon so it can be cached inline on the client
 * document: the page's icon links first, then /favicon.ico. The site is
 * untrusted, so every request goes through safeHttp (checked, pinned
 * addresses); one time budget bounds it all, and nothing here throws or logs.
 */

const MAX_PAGE_BYTES = 512 * 1024;
/** Icon links tried from the page before falling back to /favicon.ico. */
const MAX_LINKED_ICONS = 3;
const DEFAULT_TIMEOUT_MS = 4000;
const MAX_TIMEOUT_MS = 60_000;
const MAX_WEBSITE_CHARS = 2048;

export interface FaviconOptions {
  /** Allow loopback/private/link-local hosts. Only true for local emulators and tests. */
  allowPrivateHosts: boolean;
  /** Whole operation budget; default 4000 ms. */
  timeoutMs?: number;
  /** Resolves a host name to all its addresses; default node:dns. For tests. */
  lookup?: (host: string) => Promise<string[]>;
  /** Tests only: see {@link Dial}. */
  dial?: Dial;
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
  const context: SafeHttpContext = {
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

async function find(website: string, context: SafeHttpContext): Promise<FaviconResult> {
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

async function fetchPage(
  site: URL,
  context: SafeHttpContext,
): Promise<{ url: URL; icons: string[] }> {
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

async function loadIcon(href: string, context: SafeHttpContext): Promise<string> {
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
  if (!mayBeIcon(claimed)) {
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

function budget(timeoutMs: number | undefined): number {
  return typeof timeoutMs === "number" && Number.isFinite(timeoutMs) && timeoutMs > 0
    ? Math.min(timeoutMs, MAX_TIMEOUT_MS)
    : DEFAULT_TIMEOUT_MS;
}

function shorten(href: string): string {
  return href.length > 120 ? `${href.slice(0, 117)}...` : href;
}
