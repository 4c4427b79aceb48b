import { describe, expect, it } from "vitest";
import { redirectHost } from "./access-page";

describe("redirectHost", () => {
  it("names the host a redirect leads to, with its port", () => {
    expect(redirectHost("https://harbor-lights.example/welcome?x=1")).toBe("harbor-lights.example");
    expect(redirectHost("http://agency.example:8080/done")).toBe("agency.example:8080");
  });

  it("shows an internationalized name in punycode, so a look-alike cannot pass for another", () => {
    expect(redirectHost("https://аpple.example/")).toBe("xn--pple-43d.example");
  });

  it("is empty without a redirect or for anything that is not a web address", () => {
    expect(redirectHost("")).toBe("");
    expect(redirectHost("not a url")).toBe("");
    expect(redirectHost("javascript:alert(1)")).toBe("");
  });
});
