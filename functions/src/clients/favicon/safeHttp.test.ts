import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type FaviconOptions, fetchFavicon, fetchFaviconWithReason } from "./fetchFavicon";
import { MAX_FAVICON_BYTES } from "./iconBytes";
import {
  bytes,
  closedPort,
  closeServers,
  decode,
  html,
  ICO,
  LOCAL,
  NO_HURRY_MS,
  PNG,
  redirect,
  serve,
} from "./testSite";

// safeHttp through the public fetch: what each request may reach, and how it reads.

afterEach(closeServers);

describe("fetchFavicon: finding and fetching the icon", () => {
  it("reads a gzip-encoded page", async () => {
    const site = await serve({
      "/": html(gzipSync('<link rel="icon" href="/zipped.png">'), {
        "content-encoding": "gzip",
      }),
      "/zipped.png": bytes("image/png", PNG),
    });
    expect(decode(await fetchFavicon(site.origin, LOCAL)).body.equals(PNG)).toBe(true);
    expect(site.paths()).toEqual(["/", "/zipped.png"]);
  });

  it("follows at most three redirects", async () => {
    const three = await serve({
      "/": redirect("/1"),
      "/1": redirect("/2", 301),
      "/2": redirect("/3", 307),
      "/3": html('<link rel="icon" href="/icon.png">'),
      "/icon.png": bytes("image/png", PNG),
    });
    expect(decode(await fetchFavicon(three.origin, LOCAL)).body.equals(PNG)).toBe(true);

    const four = await serve({
      "/": redirect("/1"),
      "/1": redirect("/2"),
      "/2": redirect("/3"),
      "/3": redirect("/4"),
      "/4": html('<link rel="icon" href="/icon.png">'),
      "/icon.png": bytes("image/png", PNG),
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(four.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("more than 3 redirects");
    expect(four.paths()).not.toContain("/4");
  });
});

describe("fetchFavicon: refusing bad icons", () => {
  it("refuses a too-large icon sent without a content length", async () => {
    const site = await serve({
      "/favicon.ico": (res) => {
        res.writeHead(200, { "content-type": "image/x-icon" });
        res.write(ICO);
        res.end(Buffer.alloc(MAX_FAVICON_BYTES)); // chunked: no content-length to go by
      },
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("larger than");
  });
});

describe("fetchFavicon: SSRF guard", () => {
  it("refuses loopback sites without sending them any request", async () => {
    const site = await serve({ "/": html('<link rel="icon" href="/i.png">') });
    const lookups: string[] = [];
    const options: FaviconOptions = {
      allowPrivateHosts: false,
      timeoutMs: NO_HURRY_MS,
      lookup: async (host) => {
        lookups.push(host);
        return ["127.0.0.1"];
      },
    };
    for (const website of [
      site.origin,
      `localhost:${site.port}`,
      `http://localhost:${site.port}/`,
      `http://[::1]:${site.port}/`,
      `http://[::ffff:127.0.0.1]:${site.port}/`,
      `http://2130706433:${site.port}/`,
      `http://loopback.example:${site.port}/`,
    ]) {
      const { dataUrl, reason } = await fetchFaviconWithReason(website, options);
      expect(dataUrl).toBeNull();
      expect(reason).toMatch(/^refused /);
    }
    expect(lookups).toEqual(["loopback.example"]);
    expect(site.seen).toEqual([]);
  });

  it("refuses a host when any one of its addresses is private", async () => {
    const { dataUrl, reason } = await fetchFaviconWithReason("https://mixed.example/", {
      allowPrivateHosts: false,
      lookup: async () => ["93.184.215.14", "10.1.2.3"],
    });
    expect(dataUrl).toBeNull();
    expect(reason).toBe("refused mixed.example: non-public address 10.1.2.3");
  });

  /** Plays a public host (93.184.215.14) with a local server, so hops can be watched. */
  function publicHost(port: number): FaviconOptions {
    return {
      allowPrivateHosts: false,
      timeoutMs: NO_HURRY_MS,
      lookup: async (host) => (host === "public.example" ? ["93.184.215.14"] : ["10.9.9.9"]),
      // Whatever gets past the guard, even the metadata server, reaches the local server.
      dial: () => ({ address: "127.0.0.1", port }),
    };
  }

  it("fetches through a public-looking host (the harness for the next tests)", async () => {
    const site = await serve({
      "/": redirect("http://public.example/home"),
      "/home": html('<link rel="icon" href="/icon.png">'),
      "/icon.png": bytes("image/png", PNG),
    });
    const icon = decode(await fetchFavicon("http://public.example", publicHost(site.port)));
    expect(icon.body.equals(PNG)).toBe(true);
    expect(site.seen.map((request) => request.host)).toEqual([
      "public.example",
      "public.example",
      "public.example",
    ]);
  });

  it("refuses a redirect hop to the metadata server", async () => {
    const site = await serve({
      "/": redirect("http://169.254.169.254/computeMetadata/v1/"),
      "/computeMetadata/v1/": html('<link rel="icon" href="/icon.png">'),
      "/icon.png": bytes("image/png", PNG),
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(
      "http://public.example/",
      publicHost(site.port),
    );
    expect(dataUrl).toBeNull();
    expect(reason).toContain("refused non-public address 169.254.169.254");
    // Only the public host was ever asked: its page, then its /favicon.ico (404).
    expect(site.seen.map((request) => `${request.host}${request.path}`)).toEqual([
      "public.example/",
      "public.example/favicon.ico",
    ]);
  });

  it("refuses a redirect to a host name that resolves to a private address", async () => {
    const site = await serve({
      "/": redirect("http://intranet.example/"),
      "/favicon.ico": redirect("http://[fd00::1]/favicon.ico"),
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(
      "http://public.example/",
      publicHost(site.port),
    );
    expect(dataUrl).toBeNull();
    expect(reason).toContain("refused intranet.example: non-public address 10.9.9.9");
    expect(reason).toContain("refused non-public address fd00::1");
    expect(site.seen.every((request) => request.host === "public.example")).toBe(true);
  });

  it("refuses an icon link that points at a private address", async () => {
    const site = await serve({
      "/": html('<link rel="icon" href="http://127.0.0.1/icon.png">'),
      "/icon.png": bytes("image/png", PNG),
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(
      "http://public.example/",
      publicHost(site.port),
    );
    expect(dataUrl).toBeNull();
    expect(reason).toContain("refused non-public address 127.0.0.1");
    expect(site.paths()).toEqual(["/", "/favicon.ico"]);
  });

  it("assumes https:// for a bare domain", async () => {
    const port = await closedPort();
    const dialled: number[] = [];
    const { dataUrl } = await fetchFaviconWithReason("acme.example", {
      allowPrivateHosts: false,
      timeoutMs: NO_HURRY_MS,
      lookup: async () => ["93.184.215.14"],
      dial: (_address, wanted) => {
        dialled.push(wanted);
        return { address: "127.0.0.1", port };
      },
    });
    expect(dataUrl).toBeNull();
    expect(dialled).toEqual([443, 443]); // the page, then /favicon.ico
  });

  it("makes no request at all for other schemes", async () => {
    const site = await serve({ "/": html('<link rel="icon" href="/i.png">') });
    const lookups: string[] = [];
    const options: FaviconOptions = {
      allowPrivateHosts: true,
      lookup: async (host) => {
        lookups.push(host);
        return ["127.0.0.1"];
      },
    };
    for (const website of [
      "javascript:alert(1)",
      "JavaScript:fetch('//127.0.0.1')",
      "file:///etc/passwd",
      `data:image/png;base64,${PNG.toString("base64")}`,
      `ftp://127.0.0.1:${site.port}/`,
      `ws://127.0.0.1:${site.port}/`,
      "mailto:someone@example.com",
    ]) {
      const { dataUrl, reason } = await fetchFaviconWithReason(website, options);
      expect(dataUrl).toBeNull();
      expect(reason).toMatch(/^unsupported scheme /);
    }
    expect(lookups).toEqual([]);
    expect(site.seen).toEqual([]);
  });

  it("reaches localhost through the system resolver when private hosts are allowed", async () => {
    const site = await serve({ "/favicon.ico": bytes("image/x-icon", ICO) });
    const icon = decode(await fetchFavicon(`http://localhost:${site.port}`, LOCAL));
    expect(icon.body.equals(ICO)).toBe(true);
    expect(site.seen[0]?.host).toBe(`localhost:${site.port}`);
  });
});
