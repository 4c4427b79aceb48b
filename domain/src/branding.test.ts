import { describe, expect, it } from "vitest";
import {
  brandingContrastWarnings,
  brandingSchema,
  contrastRatio,
  defaultBranding,
  textColorOn,
} from "./branding";
import { fieldErrorsOf } from "./validation";

const valid = {
  displayName: "Northwind",
  logoUrl: "",
  primaryColor: "#4338CA",
  accentColor: "#0ea5e9",
};

describe("branding", () => {
  it("accepts valid branding and normalises colours", () => {
    expect(brandingSchema.parse(valid).primaryColor).toBe("#4338ca");
  });

  const notAnImage = "Use an https:// image address or upload a PNG, JPEG, WebP or SVG image.";
  it.each([
    ["a colour name", "primaryColor", "blue", "Use a colour like #4338ca."],
    ["a short hex colour", "accentColor", "#12345", "Use a colour like #4338ca."],
    ["an empty display name", "displayName", "", "Enter the name clients see."],
    ["an http logo", "logoUrl", "http://insecure.example/logo.png", notAnImage],
    ["an HTML data URL", "logoUrl", "data:text/html;base64,PGgxPg==", notAnImage],
    [
      "a logo over 100 KB",
      "logoUrl",
      `data:image/png;base64,${"A".repeat(140_000)}`,
      "The logo must be under 100 KB.",
    ],
  ])("refuses %s", (_label, field, value, message) => {
    const result = brandingSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toBe(message);
  });

  it("computes WCAG contrast", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#777777")).toBeCloseTo(1, 5);
    expect(textColorOn("#4338ca")).toBe("#ffffff");
    expect(textColorOn("#fde047")).toBe("#111827");
  });

  it("warns about colours that are hard to read", () => {
    expect(brandingContrastWarnings({ primaryColor: "#4338ca", accentColor: "#0369a1" })).toEqual(
      [],
    );
    expect(
      brandingContrastWarnings({ primaryColor: "#777777", accentColor: "#fafafa" }),
    ).toHaveLength(2);
  });

  it("has defaults that pass its own contrast checks", () => {
    expect(brandingContrastWarnings(defaultBranding("Any Agency"))).toEqual([]);
  });
});
