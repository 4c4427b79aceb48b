import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { RESPONSE_BODY_LIMIT } from "@portico/domain/webhooks/deliveries";
import { isEmulator, WEBHOOKS_ALLOW_LOOPBACK } from "../config";
import { bareHost } from "../net/addressRanges";
import { type HostPolicy, pinnedLookup, resolveHost, systemLookup } from "../net/checkedHosts";
import { describe, Failure } from "../net/failure";
import { readBody } from "../net/safeHttp";

/**
 * Where an outgoing webhook may be posted: the favicon fetcher's SSRF guard
 * (functions/src/net), stricter. Public https only, every address of the host
 * checked and the socket pinned to them, and redirects never followed (a 3xx
 * counts as a failed attempt). Checked when the endpoint is saved and again
 * at every delivery, since DNS can change in between.
 *
 * Tests run a receiver on http://127.0.0.1: only inside the emulator with
 * WEBHOOKS_ALLOW_LOOPBACK on, and only that literal address; every other
 * private address and plain http stays refused there too.
 */
function loopbackAllowed(): boolean {
  return isEmulator() && WEBHOOKS_ALLOW_LOOPBACK.value();
}

function isLoopbackReceiver(url: URL, allowLoopback: boolean): boolean {
  return allowLoopback && url.hostname === "127.0.0.1";
}

/** Why a URL cannot receive webhooks, in words for the form; null when it can. */
export async function receiverUrlProblem(
  raw: string,
  allowLoopback = loopbackAllowed(),
): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Enter the endpoint's URL, like https://example.com/hooks/portico.";
  }
  if (isLoopbackReceiver(url, allowLoopback)) return null;
  if (url.protocol !== "https:") return "Use an https:// URL: plain http is not allowed.";
  try {
    await receiverAddresses(url, new AbortController().signal);
    return null;
  } catch (error) {
    const reason = describe(error);
    return /cannot resolve|no address/.test(reason)
      ? "This host name does not resolve. Check the URL."
      : "This URL leads to a private or reserved address. Use a public https:// URL.";
  }
}

async function receiverAddresses(url: URL, signal: AbortSignal): Promise<string[]> {
  const policy: HostPolicy = {
    allowPrivateHosts: false,
    lookup: systemLookup,
    signal,
    resolved: new Map(),
  };
  return resolveHost(url.hostname, policy);
}

export interface ReceiverAnswer {
  status: number;
  /** The start of the response body (at most RESPONSE_BODY_LIMIT bytes, as text). */
  body: string;
}

/**
 * One POST of a webhook. Throws a Failure when no HTTP answer came (refused
 * address, network, timeout); any answer, 2xx or not, resolves.
 */
export async function postToReceiver(
  raw: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowLoopback?: boolean },
): Promise<ReceiverAnswer> {
  const url = new URL(raw);
  const allowLoopback = options.allowLoopback ?? loopbackAllowed();
  const loopback = isLoopbackReceiver(url, allowLoopback);
  if (!loopback && url.protocol !== "https:") throw new Failure("plain http is not allowed");
  if (url.username !== "" || url.password !== "") throw new Failure("URL has credentials");
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const host = bareHost(url.hostname);
    const addresses = loopback ? [host] : await receiverAddresses(url, controller.signal);
    const first = addresses[0];
    if (!first) throw new Failure(`no address for ${host}`);
    const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = send(
        {
          hostname: isIP(host) !== 0 ? first : host,
          port,
          path: `${url.pathname}${url.search}`,
          method: "POST",
          headers: {
            ...headers,
            host: url.host,
            "content-type": "application/json",
            "content-length": String(Buffer.byteLength(body)),
            "user-agent": "Portico-Webhooks/1.0",
          },
          lookup: pinnedLookup(addresses),
          agent: false,
          signal: controller.signal,
        },
        (answer) => {
          answer.on("error", () => undefined);
          resolve(answer);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
    const text = (await readBody(res, RESPONSE_BODY_LIMIT, "truncate")).toString("utf8");
    return { status: res.statusCode ?? 0, body: text };
  } catch (error) {
    if (controller.signal.aborted) {
      throw new Failure(`no answer within ${Math.round(options.timeoutMs / 1000)} s`);
    }
    throw error instanceof Failure ? error : new Failure(describe(error));
  } finally {
    clearTimeout(timer);
  }
}
