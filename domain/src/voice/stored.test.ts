import { describe, expect, it } from "vitest";
import { callSearchTerm, callSearchTokens } from "./stored";

describe("call search", () => {
  const tokens = callSearchTokens({ callerNumber: "+14155550123", callerName: "Dana Réyes" });

  it("finds a call by its caller's number, with or without the country code", () => {
    for (const typed of ["+1 415 555", "(415) 555-0123", "14155550123", "555 0123"]) {
      const term = callSearchTerm(typed);
      if (typed === "555 0123") {
        // Only prefixes are indexed: the middle of a number is not a search.
        expect(tokens).not.toContain(term);
        continue;
      }
      expect(tokens, typed).toContain(term);
    }
  });

  it("finds a call by any word of the caller's name, accents aside", () => {
    expect(tokens).toContain(callSearchTerm("dana"));
    expect(tokens).toContain(callSearchTerm("Reyes"));
    expect(tokens).toContain(callSearchTerm("rey"));
    expect(tokens).not.toContain(callSearchTerm("smith"));
  });

  it("waits for two characters", () => {
    expect(callSearchTerm("d")).toBeNull();
    expect(callSearchTerm("+4")).toBeNull();
    expect(callSearchTerm("  ")).toBeNull();
  });

  it("has no tokens for a call without caller", () => {
    expect(callSearchTokens({ callerNumber: null, callerName: null })).toEqual([]);
  });
});
