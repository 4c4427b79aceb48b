import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  type FaviconOptions,
  fetchFavicon,
  fetchFaviconWithReason,
  findIconLinks,
  isPrivateAddress,
  MAX_FAVICON_BYTES,
} from "./favicon";

// Real HTTP servers on 127.0.0.1; nothing here reaches the internet.

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(120),
]);
/** ICONDIR (one image) + one 16-byte entry + some image data. */
const ICO = Buffer.concat([
  Buffer.from([0, 0, 1, 0, 1, 0]),
  Buffer.from([16, 16, 0, 0, 1, 0, 32, 0, 40, 0, 0, 0, 22, 0, 0, 0]),
  randomBytes(40),
]);
const SVG_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle r="8"/></svg>';

const LOCAL: FaviconOptions = { allowPrivateHosts: true, timeoutMs: 2000 };

interface Seen {
  path: string;
  host: string;
  accept: string;
}

interface TestServer {
  origin: string;
  port: number;
  seen: Seen[];
  paths: () => string[];
}

type Route = (res: ServerResponse, req: IncomingMessage) => void;

const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

/** A server answering `routes` by path (404 otherwise), recording every request. */
async function serve(routes: Record<string, Route>): Promise<TestServer> {
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

const html =
  (body: string | Buffer, headers: Record<string, string> = {}): Route =>
  (res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers }).end(body);

const bytes =
  (type: string | null, body: Buffer | string): Route =>
  (res) =>
    res.writeHead(200, type === null ? {} : { "content-type": type }).end(body);

const redirect =
  (location: string, status = 302): Route =>
  (res) =>
    res.writeHead(status, { location }).end();

/** The type and bytes inside a data URL. */
function decode(dataUrl: string | null): { type: string; body: Buffer } {
  const match = /^data:([^;,]+);base64,(.*)$/.exec(dataUrl ?? "");
  if (!match) throw new Error(`not a base64 data URL: ${String(dataUrl).slice(0, 60)}`);
  return { type: match[1] ?? "", body: Buffer.from(match[2] ?? "", "base64") };
}

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
}

/** A port on 127.0.0.1 with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
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

  it("refuses a data: icon that is too large or not an image", async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_FAVICON_BYTES)]);
    const site = await serve({
      "/": html(
        `<link rel="icon" href="data:image/png;base64,${big.toString("base64")}">` +
          '<link rel="icon" href="data:text/html,<script>alert(1)</script>">',
      ),
    });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain(`larger than ${MAX_FAVICON_BYTES} bytes`);
    expect(reason).toContain("bytes are not a valid text/html");
    expect(site.paths()).toEqual(["/", "/favicon.ico"]);
  });

  it("accepts an SVG icon only when it is served as SVG", async () => {
    const asSvg = await serve({
      "/": html('<link rel="icon" href="/icon.svg">'),
      "/icon.svg": bytes("image/svg+xml", SVG_ICON),
    });
    const icon = decode(await fetchFavicon(asSvg.origin, LOCAL));
    expect(icon.type).toBe("image/svg+xml");
    expect(icon.body.toString("utf8")).toBe(SVG_ICON);

    const asOctets = await serve({
      "/": html('<link rel="icon" href="/icon.svg">'),
      "/icon.svg": bytes("application/octet-stream", SVG_ICON),
    });
    expect(await fetchFavicon(asOctets.origin, LOCAL)).toBeNull();
  });

  it("refuses an SVG icon with script in it", async () => {
    const site = await serve({
      "/": html('<link rel="icon" href="/icon.svg">'),
      "/icon.svg": bytes("image/svg+xml", '<svg onload="alert(1)"><circle r="8"/></svg>'),
    });
    expect(await fetchFavicon(site.origin, LOCAL)).toBeNull();
  });

  it("sniffs the magic bytes of an icon served with a generic content type", async () => {
    const png = await serve({ "/favicon.ico": bytes("application/octet-stream", PNG) });
    const icon = decode(await fetchFavicon(png.origin, LOCAL));
    expect(icon.type).toBe("image/png");
    expect(icon.body.equals(PNG)).toBe(true);

    const untyped = await serve({ "/favicon.ico": bytes(null, ICO) });
    expect(decode(await fetchFavicon(untyped.origin, LOCAL)).type).toBe("image/x-icon");

    const junk = await serve({ "/favicon.ico": bytes("application/octet-stream", "just text") });
    expect(await fetchFavicon(junk.origin, LOCAL)).toBeNull();
  });

  it("refuses bytes that do not match the image type they claim", async () => {
    const site = await serve({ "/favicon.ico": bytes("image/png", "<html>an error page</html>") });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("bytes are not a valid image/png");
  });

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
  it("accepts an icon of exactly MAX_FAVICON_BYTES and refuses one byte more", async () => {
    const atLimit = Buffer.concat([ICO, Buffer.alloc(MAX_FAVICON_BYTES - ICO.length, 7)]);
    const fits = await serve({ "/favicon.ico": bytes("image/x-icon", atLimit) });
    expect(decode(await fetchFavicon(fits.origin, LOCAL)).body.equals(atLimit)).toBe(true);

    const over = Buffer.concat([atLimit, Buffer.from([7])]);
    const tooLarge = await serve({ "/favicon.ico": bytes("image/x-icon", over) });
    const { dataUrl, reason } = await fetchFaviconWithReason(tooLarge.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain(`larger than ${MAX_FAVICON_BYTES} bytes`);
  });

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

  it("refuses an icon served as text/html", async () => {
    const site = await serve({ "/favicon.ico": bytes("text/html", ICO) });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("not an image (text/html)");
  });

  it("returns null when the icon is missing (404)", async () => {
    const site = await serve({ "/": html("<p>no icon</p>") });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("status 404");
    expect(site.paths()).toEqual(["/", "/favicon.ico"]);
  });

  it("refuses an empty icon", async () => {
    const site = await serve({ "/favicon.ico": bytes("image/png", Buffer.alloc(0)) });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("empty body");
  });
});

describe("fetchFavicon: failing fast", () => {
  it("returns null at once when nothing listens on the port", async () => {
    const port = await closedPort();
    const { value, ms } = await timed(fetchFaviconWithReason(`http://127.0.0.1:${port}/`, LOCAL));
    expect(value.dataUrl).toBeNull();
    expect(value.reason).toContain("ECONNREFUSED");
    expect(ms).toBeLessThan(500);
  });

  it("gives up on a server that never answers after timeoutMs", async () => {
    const site = await serve({ "/": () => undefined, "/favicon.ico": () => undefined });
    const { value, ms } = await timed(
      fetchFaviconWithReason(site.origin, { allowPrivateHosts: true, timeoutMs: 300 }),
    );
    expect(value).toEqual({ dataUrl: null, reason: "timed out after 300 ms" });
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(600);
    expect(site.paths()).toEqual(["/"]);
  });

  it("gives up on a resolver that never answers after timeoutMs", async () => {
    const { value, ms } = await timed(
      fetchFaviconWithReason("https://slow-dns.example/", {
        allowPrivateHosts: false,
        timeoutMs: 200,
        lookup: () => new Promise<string[]>(() => undefined),
      }),
    );
    expect(value.dataUrl).toBeNull();
    expect(value.reason).toBe("timed out after 200 ms");
    expect(ms).toBeLessThan(500);
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

describe("fetchFavicon: SSRF guard", () => {
  it("refuses loopback sites without sending them any request", async () => {
    const site = await serve({ "/": html('<link rel="icon" href="/i.png">') });
    const lookups: string[] = [];
    const options: FaviconOptions = {
      allowPrivateHosts: false,
      timeoutMs: 1000,
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
      timeoutMs: 1500,
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
      timeoutMs: 1000,
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

describe("isPrivateAddress", () => {
  const cases: Array<[string, boolean]> = [
    ["8.8.8.8", false],
    ["93.184.215.14", false],
    ["1.1.1.1", false],
    ["172.15.255.255", false],
    ["172.32.0.1", false],
    ["100.63.255.255", false],
    ["100.128.0.1", false],
    ["169.253.255.255", false],
    ["223.255.255.255", false],
    ["0.0.0.0", true],
    ["0.1.2.3", true],
    ["10.0.0.1", true],
    ["10.255.255.255", true],
    ["100.64.0.1", true],
    ["100.127.255.255", true],
    ["127.0.0.1", true],
    ["127.255.0.9", true],
    ["169.254.169.254", true],
    ["169.254.0.1", true],
    ["172.16.0.1", true],
    ["172.31.255.255", true],
    ["192.168.1.1", true],
    ["192.0.2.1", true],
    ["198.18.0.1", true],
    ["224.0.0.1", true],
    ["239.255.255.250", true],
    ["255.255.255.255", true],
    ["2001:4860:4860::8888", false],
    ["2606:4700:4700::1111", false],
    ["2a00:1450:4001:80b::200e", false],
    ["::ffff:8.8.8.8", false],
    ["64:ff9b::808:808", false],
    ["2002:808:808::1", false],
    ["::", true],
    ["::1", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::ffff:127.0.0.1", true],
    ["::ffff:7f00:1", true],
    ["::ffff:169.254.169.254", true],
    ["::ffff:10.0.0.1", true],
    ["::ffff:192.168.0.1", true],
    ["::127.0.0.1", true],
    ["64:ff9b::a9fe:a9fe", true],
    ["2002:7f00:1::", true],
    ["fc00::1", true],
    ["fd12:3456:789a::1", true],
    ["fe80::1", true],
    ["fe80::1%eth0", true],
    ["febf::1", true],
    ["fec0::1", true],
    ["ff02::1", true],
    ["2001:db8::1", true],
    ["2001::1", true],
    ["[::1]", true],
    ["localhost", true],
    ["not an address", true],
    ["", true],
    ["010.0.0.1", true],
  ];
  it.each(cases)("%s -> %s", (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });
});

describe("findIconLinks", () => {
  const page = "https://acme.example/en/about";

  it("reads any attribute order, quoting and case, resolving against the page", () => {
    expect(
      findIconLinks(
        [
          '<link rel="icon" href="/a.png">',
          "<LINK HREF='b.ico' REL='Shortcut Icon'>",
          "<link href=//cdn.example/c.png rel=icon />",
          '<link rel="stylesheet" href="/style.css">',
          '<link rel="mask-icon" href="/mask.svg">',
          '<link rel="icon" href="javascript:alert(1)">',
          '<link rel="icon" href="/d.avif" type="image/avif">',
        ].join(""),
        page,
      ),
    ).toEqual([
      "https://acme.example/a.png",
      "https://acme.example/en/b.ico",
      "https://cdn.example/c.png",
    ]);
  });

  it("orders by rel, then size closest to 32-64 px, then page order", () => {
    expect(
      findIconLinks(
        [
          '<link rel="apple-touch-icon" href="/apple.png">',
          '<link rel="icon" href="/192.png" sizes="192x192">',
          '<link rel="icon" href="/16.png" sizes="16x16">',
          '<link rel="icon" href="/plain.ico">',
          '<link rel="icon" href="/48.png" sizes="48x48">',
        ].join(""),
        page,
      ),
    ).toEqual([
      "https://acme.example/48.png",
      "https://acme.example/plain.ico",
      "https://acme.example/16.png",
      "https://acme.example/192.png",
      "https://acme.example/apple.png",
    ]);
  });

  it("honours <base href>, decodes entities and skips comments and scripts", () => {
    expect(
      findIconLinks(
        [
          '<base href="https://static.example/assets/">',
          '<!-- <link rel="icon" href="/commented.png"> -->',
          '<script>document.write(\'<link rel="icon" href="/scripted.png">\')</script>',
          '<link rel="icon" href="icon.png?v=1&amp;s=2#frag">',
        ].join(""),
        page,
      ),
    ).toEqual(["https://static.example/assets/icon.png?v=1&s=2"]);
  });

  it("stays fast on hostile markup", () => {
    const hostile = `${"<link rel=icon href=".repeat(20_000)}${'<a b="'.repeat(20_000)}`;
    const start = performance.now();
    expect(findIconLinks(hostile + "<script>".repeat(20_000), page)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
