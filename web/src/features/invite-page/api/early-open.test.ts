// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { takeEarlyOpen } from "./early-open";

const page = { agencyName: "Lantern Studio" };
const input = { token: "tok_123", locale: undefined, fallbackLocale: "es" };

function earlyOpen(asked: Record<string, string>, answer: Promise<unknown>) {
  window.__porticoEarlyOpen = { input: asked, answer };
}

afterEach(() => {
  window.__porticoEarlyOpen = undefined;
});

describe("the invite page's early openInvite (invite.html's inline script)", () => {
  it("gives the page the answer asked for with the same input, once", async () => {
    earlyOpen({ token: "tok_123", fallbackLocale: "es" }, Promise.resolve({ result: page }));
    expect(await takeEarlyOpen(input)).toEqual(page);
    expect(await takeEarlyOpen(input)).toBeNull();
  });

  it("is not used for another link or language", async () => {
    earlyOpen({ token: "tok_999", fallbackLocale: "es" }, Promise.resolve({ result: page }));
    expect(await takeEarlyOpen(input)).toBeNull();
    earlyOpen(
      { token: "tok_123", locale: "nl", fallbackLocale: "es" },
      Promise.resolve({ result: page }),
    );
    expect(await takeEarlyOpen(input)).toBeNull();
  });

  it("leaves errors and network failures to the page's own call, which words them", async () => {
    earlyOpen(
      { token: "tok_123", fallbackLocale: "es" },
      Promise.resolve({ error: { status: "NOT_FOUND", message: "gone" } }),
    );
    expect(await takeEarlyOpen(input)).toBeNull();
    earlyOpen({ token: "tok_123", fallbackLocale: "es" }, Promise.reject(new TypeError("offline")));
    expect(await takeEarlyOpen(input)).toBeNull();
  });
});
