import { describe, expect, it } from "vitest";
import {
  brandingContrastWarnings,
  brandingSchema,
  brandPalette,
  contrastRatio,
  defaultBranding,
  LIGHT_SURFACES,
  MIN_CONTRAST,
  readableOn,
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

  it("warns about a faint accent colour (text on the brand colours is always made readable)", () => {
    expect(brandingContrastWarnings({ primaryColor: "#4338ca", accentColor: "#0369a1" })).toEqual(
      [],
    );
    expect(brandingContrastWarnings({ primaryColor: "#777777", accentColor: "#fafafa" })).toEqual([
      "The accent colour is faint on a white page. Links and highlights may be hard to see.",
    ]);
  });

  it("has defaults that pass its own contrast checks", () => {
    expect(brandingContrastWarnings(defaultBranding("Any Agency"))).toEqual([]);
  });
});

/** Every 17th step of each channel (4,096 colours), and the colours that broke pages before. */
const GRID = [0, 17, 34, 51, 68, 85, 102, 119, 136, 153, 170, 187, 204, 221, 238, 255];
const hex = (n: number) => n.toString(16).padStart(2, "0");
const ALL_COLOURS = [
  ...GRID.flatMap((r) => GRID.flatMap((g) => GRID.map((b) => `#${hex(r)}${hex(g)}${hex(b)}`))),
  "#fefefe", // near-white
  "#fefce8", // the palest yellow
  "#fdf8c8",
  "#ffff00",
  "#fffc00", // Snapchat
  "#ff0000", // YouTube: neither white nor #111827 reaches 4.5:1
  "#e4405f", // Instagram
  "#777777", // the mid-grey where white and ink both fall short
  "#767676",
  "#4338ca",
  "#0b0b1a",
  "#000000",
];

describe("brand colours are always readable", () => {
  it("text on a fill of any colour reaches AA", () => {
    const unreadable = ALL_COLOURS.filter(
      (colour) => contrastRatio(textColorOn(colour), colour) < MIN_CONTRAST,
    );
    expect(unreadable).toEqual([]);
  });

  it("keeps a readable brand colour as it is and white or ink where they suffice", () => {
    expect(readableOn("#4338ca", LIGHT_SURFACES)).toBe("#4338ca");
    expect(textColorOn("#4338ca")).toBe("#ffffff");
    expect(textColorOn("#fde047")).toBe("#111827");
    expect(textColorOn("#ff0000")).toBe("#000000");
  });

  it("shades a pale colour only as far as AA needs, keeping its hue", () => {
    const shade = readableOn("#ffff00", LIGHT_SURFACES);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(shade.slice(i, i + 2), 16));
    expect(r).toBe(g);
    expect(b).toBe(0);
    expect(contrastRatio(shade, "#f7f7fb")).toBeLessThan(MIN_CONTRAST + 0.3);
  });

  it("lightens a dark colour for text on a dark background", () => {
    const shade = readableOn("#1e1b4b", ["#0b0b1a"]);
    expect(contrastRatio(shade, "#0b0b1a")).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it("every text pair of the palette reaches AA, whatever the brand colours", () => {
    const unreadable = ALL_COLOURS.flatMap((colour) => {
      const palette = brandPalette({ primaryColor: colour, accentColor: colour });
      const pairs = [
        [palette.onPrimary, palette.primary],
        [palette.onPrimary, palette.primaryHover],
        ...LIGHT_SURFACES.flatMap((surface) => [
          [palette.primaryText, surface],
          [palette.accentText, surface],
        ]),
      ] as const;
      return pairs
        .filter(([text, background]) => contrastRatio(text, background) < MIN_CONTRAST)
        .map(([text, background]) => `${colour}: ${text} on ${background}`);
    });
    expect(unreadable).toEqual([]);
  });
});
