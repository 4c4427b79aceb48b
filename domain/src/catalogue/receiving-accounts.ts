import { z } from "zod";
import type { PlatformId } from "./platforms";

/**
 * The kinds of "receiving account": the agency's own account (or identifier)
 * that a client grants access to. Agencies connect one or more of each kind,
 * and every service names the kind it is shared with.
 */
export const RECEIVING_ACCOUNT_KIND_IDS = [
  "google-ads-manager",
  "google-account",
  "meta-business",
  "tiktok-business-center",
  "linkedin-member",
  "microsoft-account",
  "pinterest-business",
  "snapchat-member",
  "x-handle",
  "reddit-member",
  "amazon-ads-user",
  "shopify-partner",
  "wordpress-user",
  "klaviyo-user",
  "hubspot-user",
  "mailchimp-user",
] as const;
export type ReceivingAccountKindId = (typeof RECEIVING_ACCOUNT_KIND_IDS)[number];

export interface ReceivingAccountKind {
  id: ReceivingAccountKindId;
  platform: PlatformId;
  /** What the agency enters, e.g. "Google Ads manager account ID". */
  label: string;
  /** Where to find it (English). */
  hint: string;
  example: string;
  /** Trims and normalises valid input; refuses anything else with one clear message. */
  schema: z.ZodType<string>;
}

/** A trimmed string that must match `pattern`, then `normalize`d; one message for every failure. */
function formatted(
  message: string,
  pattern: RegExp,
  normalize: (value: string) => string = (value) => value,
): z.ZodType<string, string> {
  return z
    .string({ error: message })
    .trim()
    .regex(pattern, message)
    .transform((value) => normalize(value));
}

function email(message: string): z.ZodType<string> {
  return z
    .string({ error: message })
    .trim()
    .toLowerCase()
    .min(1, message)
    .max(254, "That email address is too long.")
    .pipe(z.email({ error: message }));
}

/** Pulls a query parameter or path part out of a pasted URL, leaving other input untouched. */
function extract(pattern: RegExp): (value: string) => string {
  return (value) => pattern.exec(value)?.[1] ?? value;
}

const digitsOnly = (value: string) => value.replace(/\D/g, "");

/** Google Ads customer ID: 10 digits, shown as 123-456-7890 (dashes or spaces optional but consistent). */
const GOOGLE_ADS_ID = /^\d{3}([-\s]?)\d{3}\1\d{4}$/;
/** Meta Business portfolio IDs are 15 or 16 digits today; allow one either side for old and future IDs. */
const META_BUSINESS_ID = /^[1-9]\d{13,16}$/;
/** TikTok Business Center IDs are 19-digit snowflake IDs (e.g. 7012345678901234567). */
const TIKTOK_BC_ID = /^[1-9]\d{18}$/;
/** A member's public profile: linkedin.com/in/<slug> (any country subdomain, query and slash ignored). */
const LINKEDIN_PROFILE =
  /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/in\/([\p{L}\p{N}_%-]{3,100})\/?(?:[?#].*)?$/iu;
const PINTEREST_BUSINESS_ID = /^[1-9]\d{8,18}$/;
/** @handle, handle or an x.com / twitter.com profile URL; handles are 1–15 letters, digits or underscores. */
const X_HANDLE = /^(?:@|(?:https?:\/\/)?(?:www\.)?(?:x|twitter)\.com\/)?([A-Za-z0-9_]{1,15})\/?$/;
const SHOPIFY_PARTNER_ID =
  /^(?:(?:https?:\/\/)?partners\.shopify\.com\/)?([1-9]\d{2,9})(?:[/?#].*)?$/i;

const kinds: { [K in ReceivingAccountKindId]: Omit<ReceivingAccountKind, "id"> } = {
  "google-ads-manager": {
    platform: "google",
    label: "Google Ads manager account ID",
    hint: "The 10-digit customer ID at the top of your Google Ads manager account (MCC), next to its name.",
    example: "123-456-7890",
    schema: formatted("Use a Google Ads customer ID like 123-456-7890.", GOOGLE_ADS_ID, (value) => {
      const digits = digitsOnly(value);
      return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
    }),
  },
  "google-account": {
    platform: "google",
    label: "Google account email",
    hint: "The email address the agency signs in to Google with: Gmail, Google Workspace, or another address registered as a Google account.",
    example: "marketing@agency.com",
    schema: email("Use the email address of a Google account, like marketing@agency.com."),
  },
  "meta-business": {
    platform: "meta",
    label: "Meta Business ID",
    hint: "In Meta Business Suite, open Settings → Business info. The Business portfolio ID is the number under the portfolio name.",
    example: "1234567890123456",
    schema: formatted(
      "Use a Meta Business ID: the 15- or 16-digit number, like 1234567890123456.",
      META_BUSINESS_ID,
    ),
  },
  "tiktok-business-center": {
    platform: "tiktok",
    label: "TikTok Business Center ID",
    hint: "In TikTok Business Center, open Business settings → Business info. The ID is also the org_id in the address bar; you can paste that address.",
    example: "7012345678901234567",
    schema: z
      .string({ error: "Use a TikTok Business Center ID: 19 digits, like 7012345678901234567." })
      .trim()
      .transform(extract(/[?&]org_id=(\d+)/))
      .pipe(
        formatted(
          "Use a TikTok Business Center ID: 19 digits, like 7012345678901234567.",
          TIKTOK_BC_ID,
        ),
      ),
  },
  "linkedin-member": {
    platform: "linkedin",
    label: "LinkedIn profile URL",
    hint: "LinkedIn gives Page and ad account access to people. Open the profile of the person at the agency who should receive access and copy its address.",
    example: "https://www.linkedin.com/in/jane-doe",
    schema: formatted(
      "Use a LinkedIn profile URL like https://www.linkedin.com/in/jane-doe.",
      LINKEDIN_PROFILE,
      (value) => `https://www.linkedin.com/in/${extract(LINKEDIN_PROFILE)(value)}`,
    ),
  },
  "microsoft-account": {
    platform: "microsoft",
    label: "Microsoft account email",
    hint: "The email address the agency signs in to Microsoft Advertising and Bing Webmaster Tools with.",
    example: "ppc@agency.com",
    schema: email("Use the email address of a Microsoft account, like ppc@agency.com."),
  },
  "pinterest-business": {
    platform: "pinterest",
    label: "Pinterest Business ID",
    hint: "In Pinterest Business Manager, open Business settings. The Business ID is the number shown there; partners are added with it.",
    example: "549755885175",
    schema: formatted(
      "Use a Pinterest Business ID: numbers only, like 549755885175.",
      PINTEREST_BUSINESS_ID,
    ),
  },
  "snapchat-member": {
    platform: "snapchat",
    label: "Snapchat Business email",
    hint: "The email address of the agency's Snapchat account that signs in to Snapchat Ads Manager.",
    example: "social@agency.com",
    schema: email("Use the email address of a Snapchat account, like social@agency.com."),
  },
  "x-handle": {
    platform: "x",
    label: "X username",
    hint: "The @username of the agency's X account that should receive access. It must be an existing account.",
    example: "@agency",
    schema: formatted(
      "Use an X username like @agency: up to 15 letters, numbers or underscores.",
      X_HANDLE,
      (value) => `@${extract(X_HANDLE)(value)}`,
    ),
  },
  "reddit-member": {
    platform: "reddit",
    label: "Reddit Ads email",
    hint: "The email address of the agency's Reddit account used for Reddit Ads.",
    example: "ads@agency.com",
    schema: email("Use the email address of a Reddit account, like ads@agency.com."),
  },
  "amazon-ads-user": {
    platform: "amazon",
    label: "Amazon Ads user email",
    hint: "The email address the agency signs in to the Amazon Ads console with.",
    example: "amazon@agency.com",
    schema: email("Use the email address of an Amazon Ads user, like amazon@agency.com."),
  },
  "shopify-partner": {
    platform: "shopify",
    label: "Shopify Partner organization ID",
    hint: "The number after partners.shopify.com/ in the Partner Dashboard address. Collaborator requests come from this organization; you can paste the address.",
    example: "1234567",
    schema: formatted(
      "Use a Shopify Partner organization ID: numbers only, like 1234567.",
      SHOPIFY_PARTNER_ID,
      extract(SHOPIFY_PARTNER_ID),
    ),
  },
  "wordpress-user": {
    platform: "wordpress",
    label: "WordPress user email",
    hint: "The email address the client's site should create the agency's WordPress user with.",
    example: "web@agency.com",
    schema: email("Use an email address like web@agency.com."),
  },
  "klaviyo-user": {
    platform: "klaviyo",
    label: "Klaviyo user email",
    hint: "The email address the agency signs in to Klaviyo with (or should be invited with).",
    example: "email@agency.com",
    schema: email("Use an email address like email@agency.com."),
  },
  "hubspot-user": {
    platform: "hubspot",
    label: "HubSpot user email",
    hint: "The email address the agency signs in to HubSpot with (or should be invited with).",
    example: "crm@agency.com",
    schema: email("Use an email address like crm@agency.com."),
  },
  "mailchimp-user": {
    platform: "mailchimp",
    label: "Mailchimp user email",
    hint: "The email address the agency signs in to Mailchimp with (or should be invited with).",
    example: "email@agency.com",
    schema: email("Use an email address like email@agency.com."),
  },
};

export const RECEIVING_ACCOUNT_KINDS: Record<ReceivingAccountKindId, ReceivingAccountKind> =
  Object.fromEntries(RECEIVING_ACCOUNT_KIND_IDS.map((id) => [id, { id, ...kinds[id] }])) as Record<
    ReceivingAccountKindId,
    ReceivingAccountKind
  >;

export function isReceivingAccountKindId(value: unknown): value is ReceivingAccountKindId {
  return (
    typeof value === "string" && (RECEIVING_ACCOUNT_KIND_IDS as readonly string[]).includes(value)
  );
}

export type ParsedReceivingAccountId =
  | { success: true; value: string }
  | { success: false; message: string };

/** Validates and normalises what an agency typed for a receiving account of `kind`. */
export function parseReceivingAccountId(
  kind: ReceivingAccountKindId | ReceivingAccountKind,
  value: unknown,
): ParsedReceivingAccountId {
  const definition = typeof kind === "string" ? RECEIVING_ACCOUNT_KINDS[kind] : kind;
  const result = definition.schema.safeParse(value);
  if (result.success) return { success: true, value: result.data };
  return { success: false, message: result.error.issues[0]?.message ?? "Check this value." };
}
