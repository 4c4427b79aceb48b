import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface HeaderRule {
  source?: string;
  regex?: string;
  headers: { key: string; value: string }[];
}
const hosting = JSON.parse(readFileSync(new URL("../../firebase.json", import.meta.url), "utf8"))
  .hosting as { headers: HeaderRule[] };

const withHeader = (key: string) =>
  hosting.headers.filter((rule) => rule.headers.some((header) => header.key === key));

// Hosting applies every rule whose pattern matches, in order, and the last
// value of a header wins; a later rule cannot remove a header. So the embed
// path's own CSP comes after the app's, and X-Frame-Options is sent by a rule
// that does not match the embed path at all (RE2 has no lookahead: the
// pattern spells out "not starting with /embed/p/").
describe("Hosting's framing headers", () => {
  it("send X-Frame-Options DENY on every path but an access page's embed mode", () => {
    const [deny, ...others] = withHeader("X-Frame-Options");
    expect(others).toEqual([]);
    expect(deny?.source).toBeUndefined();
    expect(deny?.headers).toEqual([{ key: "X-Frame-Options", value: "DENY" }]);
    const denies = new RegExp(deny?.regex ?? "$^", "u");
    for (const path of [
      "/",
      "/dashboard",
      "/p/agency/start",
      "/i/token",
      "/e",
      "/embed",
      "/embed/",
      "/embed/p",
      "/embed/px/agency/start",
      "/embedded/p/agency/start",
      "/Embed/p/agency/start",
      "/x/embed/p/agency/start",
      "/fn/openOnboardingPage",
    ]) {
      expect(denies.test(path), path).toBe(true);
    }
    for (const path of ["/embed/p/agency/start", "/embed/p/", "/embed/p/a/b/c"]) {
      expect(denies.test(path), path).toBe(false);
    }
  });

  it("let only the embed path be framed, by https sites, with the app's policy otherwise", () => {
    const [app, embed, ...others] = withHeader("Content-Security-Policy");
    expect(others).toEqual([]);
    expect(app?.source).toBe("**");
    expect(embed?.source).toBe("/embed/p/**");
    const appPolicy = app?.headers.find((header) => header.key === "Content-Security-Policy");
    const embedPolicy = embed?.headers.find((header) => header.key === "Content-Security-Policy");
    expect(appPolicy?.value).toMatch(/; frame-ancestors 'none'$/);
    expect(embedPolicy?.value).toBe(
      appPolicy?.value.replace(/frame-ancestors 'none'$/, "frame-ancestors https:"),
    );
    // The embed rule comes after the app's, so its policy is the one sent.
    expect(hosting.headers.indexOf(embed as HeaderRule)).toBeGreaterThan(
      hosting.headers.indexOf(app as HeaderRule),
    );
  });
});
