import { describe, expect, it } from "vitest";
import { findIconLinks } from "./iconLinks";

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

  it("ignores links inside <noscript>, as a browser running scripts does", () => {
    expect(
      findIconLinks(
        '<noscript><link rel="icon" href="/noscript.png"></noscript><link rel="icon" href="/a.png">',
        page,
      ),
    ).toEqual(["https://acme.example/a.png"]);
  });

  // No stopwatch: a scan that is not linear would take hours on these ~700 KB and
  // fail by the test's timeout, where a linear one takes milliseconds.
  it("stays fast on hostile markup", { timeout: 10_000 }, () => {
    const hostile = `${"<link rel=icon href=".repeat(20_000)}${'<a b="'.repeat(20_000)}`;
    // As a browser reads it: one <link> whose unquoted href is "<link", closed by the first ">".
    expect(findIconLinks(hostile + "<script>".repeat(20_000), page)).toEqual([
      "https://acme.example/en/%3Clink",
    ]);
  });
});
