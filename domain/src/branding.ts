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

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour for a button or header filled with `background`. */
export function textColorOn(background: string): "#ffffff" | "#111827" {
  return contrastRatio(background, "#ffffff") >= contrastRatio(background, "#111827")
    ? "#ffffff"
    : "#111827";
}

/** WCAG AA for normal text. Below it, the settings page warns. */
export const MIN_CONTRAST = 4.5;

export function brandingContrastWarnings(
  branding: Pick<Branding, "primaryColor" | "accentColor">,
): string[] {
  const warnings: string[] = [];
  const primaryText = textColorOn(branding.primaryColor);
  if (contrastRatio(branding.primaryColor, primaryText) < MIN_CONTRAST) {
    warnings.push(
      "Text on the primary colour will be hard to read. Pick a darker or lighter shade.",
    );
  }
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
