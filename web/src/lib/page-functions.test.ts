import { readFileSync } from "node:fs";
import * as invitePageCallables from "@portico/domain/callables/invite-page";
import { FUNCTIONS_REGION } from "@portico/domain/region";
import { describe, expect, it } from "vitest";

interface Rewrite {
  source: string;
  destination?: string;
  function?: { functionId: string; region: string };
}

const hosting = JSON.parse(
  readFileSync(new URL("../../../firebase.json", import.meta.url), "utf8"),
) as { hosting: { rewrites: Rewrite[] } };
const rewrites = hosting.hosting.rewrites;

const pageCallableNames = Object.values(invitePageCallables).flatMap((value) =>
  typeof value === "object" && value !== null && "name" in value && "input" in value
    ? [String(value.name)]
    : [],
);

describe("the invite page's callables on its own origin", () => {
  it("has a Hosting rewrite /fn/<name> to each of them, before the app's catch-all", () => {
    expect(pageCallableNames).toEqual(expect.arrayContaining(["openInvite", "saveIntakeAnswers"]));
    const catchAll = rewrites.findIndex((rewrite) => rewrite.source === "**");
    for (const name of pageCallableNames) {
      const index = rewrites.findIndex((rewrite) => rewrite.source === `/fn/${name}`);
      expect(index, `/fn/${name}`).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(catchAll);
      expect(rewrites[index]?.function).toEqual({ functionId: name, region: FUNCTIONS_REGION });
    }
  });
});
