import { z } from "zod";
import { LOCALES, type Locale } from "./i18n/locales";

/** Logos are stored inline (the Storage emulator cannot run here); keep them small. */
export const MAX_LOGO_BYTES = 100 * 1024;

const hexColor = z
  .string({ error: "Choose a colour." })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #4338ca.")
  .transform((value) => value.toLowerCase());

/** A logo is an https URL or a small inline PNG/JPEG/WebP/SVG data URL. */
const logoSchema = z
  .string()
  .trim()
  .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64, "The logo must be under 100 KB.")
  .refine(
    (value) =>
      value === "" ||
      /^https:\/\/[^\s]+$/i.test(value) ||
      /^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(value),
    { error: "Use an https:// image address or upload a PNG, JPEG, WebP or SVG image." },
  );

/** `agencies/{agencyId}/settings/branding`: applied to every client-facing page and email. */
export const brandingSchema = z.object({
  displayName: z
    .string({ error: "Enter the name clients see." })
    .trim()
    .min(1, "Enter the name clients see.")
    .max(80, "Use at most 80 characters."),
  logoUrl: logoSchema,
  primaryColor: hexColor,
  accentColor: hexColor,
  /** Where clients' replies to Portico's emails go (empty: replies are not expected). */
  replyTo: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters.")
    .refine((value) => value === "" || z.email().safeParse(value).success, {
      error: "Enter an email address like hello@agency.com, or leave it empty.",
    })
    .default(""),
  /** "Sent by <agency> with Portico" in the emails' small print; agencies may drop "with Portico". */
  showPoweredBy: z.boolean().default(true),
});
export type Branding = z.output<typeof brandingSchema>;
export type BrandingInput = z.input<typeof brandingSchema>;

export const DEFAULT_PRIMARY_COLOR = "#4338ca";
export const DEFAULT_ACCENT_COLOR = "#0369a1";

export function defaultBranding(agencyName: string): Branding {
  return {
    displayName: agencyName,
    logoUrl: "",
    primaryColor: DEFAULT_PRIMARY_COLOR,
    accentColor: DEFAULT_ACCENT_COLOR,
    replyTo: "",
    showPoweredBy: true,
  };
}

/** sRGB channels of a #rrggbb colour, 0 to 255. */
function channels(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG 2 relative luminance. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG AA for normal text: every text the brand colours paint reaches it. */
export const MIN_CONTRAST = 4.5;

const WHITE = "#ffffff";
const INK = "#111827";
const BLACK = "#000000";

/** `color` mixed toward `target` by `amount` (0 to 1), in sRGB. */
function mix(color: string, target: string, amount: number): string {
  const to = channels(target);
  return toHex(channels(color).map((c, i) => c + ((to[i] ?? 0) - c) * amount));
}

/**
 * Text colour for a fill of `background`: white, else near-black ink, else
 * black. One of white and black always reaches 4.5:1 (the worst case is
 * about 4.58:1), so the result is always readable.
 */
export function textColorOn(background: string): string {
  for (const candidate of [WHITE, INK]) {
    if (contrastRatio(background, candidate) >= MIN_CONTRAST) return candidate;
  }
  return contrastRatio(background, WHITE) > contrastRatio(background, BLACK) ? WHITE : BLACK;
}

/**
 * `color` as text on every one of `backgrounds`: the colour itself when it
 * reaches AA on all of them, else its nearest shade (mixed toward black on
 * light backgrounds, toward white on dark ones) that does.
 */
export function readableOn(color: string, backgrounds: readonly string[]): string {
  const readable = (candidate: string) =>
    backgrounds.every((background) => contrastRatio(candidate, background) >= MIN_CONTRAST);
  if (readable(color)) return color;
  const lightest = Math.max(...backgrounds.map(luminance));
  const target = lightest > 0.18 ? BLACK : WHITE;
  // The least mix (in 1% steps) that is readable; the full mix is black or white.
  for (let step = 1; step < 100; step++) {
    const candidate = mix(color, target, step / 100);
    if (readable(candidate)) return candidate;
  }
  return target;
}

/** The surfaces brand-coloured text sits on: cards and the page background. */
export const LIGHT_SURFACES = ["#ffffff", "#f7f7fb"] as const;

/** The colours a branded page paints, every text pair at WCAG AA. */
export interface BrandPalette {
  /** The brand colour as a fill (headers, buttons). */
  primary: string;
  /** Text on `primary`. */
  onPrimary: string;
  /** A hover or current-item fill: `primary` moved away from `onPrimary`, so contrast only grows. */
  primaryHover: string;
  /** The brand colour as text (links, active tabs) on white and the page background. */
  primaryText: string;
  accent: string;
  /** The accent colour as text (links in emails) on white and the page background. */
  accentText: string;
}

/** Every colour a branded page or email derives from the agency's two brand colours. */
export function brandPalette(colors: Pick<Branding, "primaryColor" | "accentColor">): BrandPalette {
  const primary = colors.primaryColor;
  const onPrimary = textColorOn(primary);
  return {
    primary,
    onPrimary,
    primaryHover: mix(primary, onPrimary === WHITE ? BLACK : WHITE, 0.12),
    primaryText: readableOn(primary, LIGHT_SURFACES),
    accent: colors.accentColor,
    accentText: readableOn(colors.accentColor, LIGHT_SURFACES),
  };
}

export function brandingContrastWarnings(
  branding: Pick<Branding, "primaryColor" | "accentColor">,
): string[] {
  // Text on the brand colours is always derived to be readable (brandPalette);
  // a faint accent still makes borders and highlights hard to see.
  const warnings: string[] = [];
  if (contrastRatio(branding.accentColor, "#ffffff") < 3) {
    warnings.push(
      "The accent colour is faint on a white page. Links and highlights may be hard to see.",
    );
  }
  return warnings;
}

/**
 * `agencies/{a}/public/branding`: what anyone may read of an agency's branding,
 * so its portal's own address is branded before sign-in. Kept by a function
 * from the branding and general settings; nothing else (no reply-to address).
 */
export const publicBrandingSchema = z.object({
  displayName: z.string(),
  logoUrl: z.string(),
  primaryColor: z.string().regex(/^#[0-9a-f]{6}$/),
  accentColor: z.string().regex(/^#[0-9a-f]{6}$/),
  /** The agency's default language: the signed-out portal's, until a client's is known. */
  language: z.enum(LOCALES),
});
export type PublicBranding = z.output<typeof publicBrandingSchema>;

export function publicBranding(branding: Branding, language: Locale): PublicBranding {
  return {
    displayName: branding.displayName,
    logoUrl: branding.logoUrl,
    primaryColor: branding.primaryColor,
    accentColor: branding.accentColor,
    language,
  };
}

/** The full branding a page themes with, from the public part (no reply-to, default footer). */
export function brandingFromPublic(branding: PublicBranding): Branding {
  return {
    ...defaultBranding(branding.displayName),
    logoUrl: branding.logoUrl,
    primaryColor: branding.primaryColor,
    accentColor: branding.accentColor,
  };
}
