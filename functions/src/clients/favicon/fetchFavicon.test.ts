import { afterEach, describe, expect, it, vi } from "vitest";
import { type FaviconOptions, fetchFavicon, fetchFaviconWithReason } from "./fetchFavicon";
import {
  bytes,
  closedPort,
  closeServers,
  decode,
  html,
  ICO,
  LOCAL,
  PNG,
  redirect,
  serve,
} from "./testSite";

afterEach(closeServers);

/** Whether the promise has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  return Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setImmediate(() => resolve(false))),
  ]);
}

/** Runs `work` with the budget's clock (setTimeout) faked and standing still. */
async function withStoppedClock<T>(work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}

describe("fetchFavicon: finding and fetching the icon", () => {
  it("fetches the icon linked from the page, with its exact bytes", async () => {
    const site = await serve({
      "/": html('<html><head><link rel="icon" href="/static/icon.png"></head></html>'),
      "/static/icon.png": bytes("image/png", PNG),
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(reason).toBe("ok");
    const icon = decode(dataUrl);
    expect(icon.type).toBe("image/png");
    expect(icon.body.equals(PNG)).toBe(true);
    expect(site.paths()).toEqual(["/", "/static/icon.png"]);
    expect(site.seen[0]?.accept).toContain("text/html");
  });

  it("falls back to /favicon.ico when the page links no icon", async () => {
    const site = await serve({
      "/": html("<html><head><title>Acme</title></head><body>Hi</body></html>"),
      "/favicon.ico": bytes("image/x-icon", ICO),
    });
    const icon = decode(await fetchFavicon(site.origin, LOCAL));
    expect(icon.type).toBe("image/x-icon");
    expect(icon.body.equals(ICO)).toBe(true);
    expect(site.paths()).toEqual(["/", "/favicon.ico"]);
  });

  it("falls back to /favicon.ico when the page itself fails", async () => {
    const site = await serve({
      "/": (res) => res.writeHead(500).end(),
      "/favicon.ico": bytes("image/vnd.microsoft.icon", ICO),
    });
    const icon = decode(await fetchFavicon(site.origin, LOCAL));
    expect(icon.type).toBe("image/vnd.microsoft.icon");
    expect(icon.body.equals(ICO)).toBe(true);
  });

  it("falls back to /favicon.ico when the linked icon fails", async () => {
    const site = await serve({
      "/": html('<link rel="icon" href="/missing.png">'),
      "/favicon.ico": bytes("image/x-icon", ICO),
    });
    const icon = decode(await fetchFavicon(site.origin, LOCAL));
    expect(icon.body.equals(ICO)).toBe(true);
    expect(site.paths()).toEqual(["/", "/missing.png", "/favicon.ico"]);
  });

  it("resolves a relative href against the page URL after a redirect", async () => {
    const site = await serve({
      "/": redirect("/home/"),
      "/home/": html("<link href=icon.png rel=icon>"),
      "/home/icon.png": bytes("image/png", PNG),
      "/icon.png": bytes("image/png", Buffer.concat([PNG, Buffer.from("wrong one")])),
    });
    const icon = decode(await fetchFavicon(site.origin, LOCAL));
    expect(icon.body.equals(PNG)).toBe(true);
    expect(site.paths()).toEqual(["/", "/home/", "/home/icon.png"]);
  });

  it("prefers rel=icon sized 32-64 px over other sizes and apple-touch-icon", async () => {
    const page = [
      '<LINK REL="apple-touch-icon" HREF="/apple.png" sizes="180x180">',
      "<link sizes='16x16' rel='shortcut icon' href='/16.png'>",
      '<link href="/32.png" sizes="32x32" rel="icon" type="image/png">',
    ].join("\n");
    const site = await serve({
      "/": html(page),
      "/32.png": bytes("image/png", PNG),
    });
    const icon = decode(await fetchFavicon(site.origin, LOCAL));
    expect(icon.body.equals(PNG)).toBe(true);
    expect(site.paths()).toEqual(["/", "/32.png"]);
  });

  it("returns a data: icon from the page without fetching anything else", async () => {
    const site = await serve({
      "/": html(`<link rel="icon" href="data:image/png;base64,${PNG.toString("base64")}">`),
    });
    const icon = decode(await fetchFavicon(site.origin, LOCAL));
    expect(icon.type).toBe("image/png");
    expect(icon.body.equals(PNG)).toBe(true);
    expect(site.paths()).toEqual(["/"]);
  });
});

describe("fetchFavicon: refusing bad icons", () => {
  it("returns null when the icon is missing (404)", async () => {
    const site = await serve({ "/": html("<p>no icon</p>") });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("status 404");
    expect(site.paths()).toEqual(["/", "/favicon.ico"]);
  });
});

describe("fetchFavicon: failing fast", () => {
  it("returns null at once when nothing listens on the port", async () => {
    const port = await closedPort();
    // The budget's clock never moves, so settling at all shows it did not wait for it.
    const value = await withStoppedClock(() =>
      fetchFaviconWithReason(`http://127.0.0.1:${port}/`, LOCAL),
    );
    expect(value.dataUrl).toBeNull();
    expect(value.reason).toContain("ECONNREFUSED");
  });

  it("gives up on a server that never answers after timeoutMs", async () => {
    let arrived!: () => void;
    let dropped!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const drop = new Promise<void>((resolve) => (dropped = resolve));
    const site = await serve({
      "/": (res) => {
        res.on("close", dropped);
        arrived();
      },
      "/favicon.ico": () => undefined,
    });
    await withStoppedClock(async () => {
      const result = fetchFaviconWithReason(site.origin, {
        allowPrivateHosts: true,
        timeoutMs: 300,
      });
      await arrival;
      await vi.advanceTimersByTimeAsync(299);
      expect(await settled(result)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await result).toEqual({ dataUrl: null, reason: "timed out after 300 ms" });
    });
    // The server sees the unanswered request dropped, not left hanging.
    await drop;
    expect(site.paths()).toEqual(["/"]);
  });

  it("gives up on a resolver that never answers after timeoutMs", async () => {
    const asked: string[] = [];
    const value = await withStoppedClock(async () => {
      const result = fetchFaviconWithReason("https://slow-dns.example/", {
        allowPrivateHosts: false,
        timeoutMs: 200,
        lookup: (host) => {
          asked.push(host);
          return new Promise<string[]>(() => undefined);
        },
      });
      await vi.advanceTimersByTimeAsync(199);
      expect(await settled(result)).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      return result;
    });
    expect(value.dataUrl).toBeNull();
    expect(value.reason).toBe("timed out after 200 ms");
    expect(asked).toEqual(["slow-dns.example"]);
  });

  it("returns null for input that is not a website", async () => {
    for (const website of ["", "   ", "http://", "https://exa mple.com/", "http://[::1"]) {
      await expect(fetchFaviconWithReason(website, LOCAL)).resolves.toMatchObject({
        dataUrl: null,
      });
    }
    await expect(
      fetchFavicon(undefined as unknown as string, undefined as unknown as FaviconOptions),
    ).resolves.toBeNull();
  });
});
