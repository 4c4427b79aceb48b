import { afterEach, describe, expect, it } from "vitest";
import { fetchFavicon, fetchFaviconWithReason } from "./fetchFavicon";
import { MAX_FAVICON_BYTES, toDataUrl } from "./iconBytes";
import { bytes, closeServers, decode, html, ICO, LOCAL, PNG, SVG_ICON, serve } from "./testSite";

afterEach(closeServers);

describe("fetchFavicon: finding and fetching the icon", () => {
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

  it("refuses an icon served as text/html", async () => {
    const site = await serve({ "/favicon.ico": bytes("text/html", ICO) });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("not an image (text/html)");
  });

  it("refuses an empty icon", async () => {
    const site = await serve({ "/favicon.ico": bytes("image/png", Buffer.alloc(0)) });
    const { dataUrl, reason } = await fetchFaviconWithReason(site.origin, LOCAL);
    expect(dataUrl).toBeNull();
    expect(reason).toContain("empty body");
  });
});

describe("toDataUrl", () => {
  it("stores the type the bytes show, whatever generic or wrong type is claimed", async () => {
    expect(await toDataUrl("image/gif", PNG)).toBe(
      `data:image/png;base64,${PNG.toString("base64")}`,
    );
    expect(await toDataUrl("", ICO)).toMatch(/^data:image\/x-icon;base64,/);
  });

  it("refuses a PNG signature without a PNG's chunks, and an icon header listing no image", async () => {
    const signatureOnly = Buffer.concat([PNG.subarray(0, 8), Buffer.from("not chunks at all")]);
    await expect(toDataUrl("image/png", signatureOnly)).rejects.toThrow(
      "bytes are not a valid image/png",
    );
    const noImages = Buffer.concat([Buffer.from([0, 0, 1, 0, 0, 0]), Buffer.alloc(40)]);
    await expect(toDataUrl("image/x-icon", noImages)).rejects.toThrow(
      "bytes are not a valid image/x-icon",
    );
  });
});
