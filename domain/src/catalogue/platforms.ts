/** The companies whose accounts agencies ask their clients for, with their brand colour. */
export interface Platform {
  id: PlatformId;
  name: string;
  /** Brand colour as #rrggbb, for monograms and accents. */
  color: string;
}

const PLATFORM_LIST = [
  { id: "google", name: "Google", color: "#4285f4" },
  { id: "meta", name: "Meta", color: "#0081fb" },
  { id: "tiktok", name: "TikTok", color: "#000000" },
  { id: "linkedin", name: "LinkedIn", color: "#0a66c2" },
  { id: "microsoft", name: "Microsoft", color: "#00a4ef" },
  { id: "pinterest", name: "Pinterest", color: "#e60023" },
  { id: "snapchat", name: "Snapchat", color: "#fffc00" },
  { id: "x", name: "X", color: "#000000" },
  { id: "reddit", name: "Reddit", color: "#ff4500" },
  { id: "amazon", name: "Amazon", color: "#ff9900" },
  { id: "shopify", name: "Shopify", color: "#95bf47" },
  { id: "wordpress", name: "WordPress", color: "#21759b" },
  { id: "klaviyo", name: "Klaviyo", color: "#232426" },
  { id: "hubspot", name: "HubSpot", color: "#ff7a59" },
  { id: "mailchimp", name: "Mailchimp", color: "#ffe01b" },
] as const satisfies readonly { id: string; name: string; color: string }[];

export type PlatformId = (typeof PLATFORM_LIST)[number]["id"];

export const PLATFORMS: readonly Platform[] = PLATFORM_LIST;

const byId = new Map<string, Platform>(PLATFORMS.map((platform) => [platform.id, platform]));

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === "string" && byId.has(value);
}

export function getPlatform(id: PlatformId): Platform {
  const platform = byId.get(id);
  if (!platform) throw new Error(`Unknown platform: ${id}`);
  return platform;
}
