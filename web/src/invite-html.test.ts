import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const inviteHtml = read("../invite.html");
const hosting = JSON.parse(read("../../firebase.json")) as {
  hosting: { headers: { headers: { key: string; value: string }[] }[] };
};
/** Every Content-Security-Policy Hosting sends (the app's, and any path's own). */
const policies = hosting.hosting.headers
  .flatMap((rule) => rule.headers)
  .filter((header) => header.key === "Content-Security-Policy")
  .map((header) => header.value);

describe("invite.html's inline script (the page's early openInvite)", () => {
  it("is allowed by its hash in Hosting's Content-Security-Policy, and nothing else inline is", () => {
    const inline = [...inviteHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, body = ""]) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`,
    );
    expect(inline).toHaveLength(1);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const scriptSrc = policy.split(";").find((part) => part.trim().startsWith("script-src"));
      expect(scriptSrc?.split(/\s+/)).toContain(inline[0]);
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc?.match(/'sha256-/g)).toHaveLength(1);
    }
  });
});
