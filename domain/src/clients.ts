import { z } from "zod";
import { emailSchema } from "./account";
import { LOCALES } from "./i18n/locales";
import { docIdSchema } from "./ids";
import { clientPortalSchema } from "./portal";
import { PORTAL_SECTIONS } from "./portal-sections";
import { DEFAULT_TIME_ZONE, optionalTimeZoneSchema } from "./time-zones";
import { normalizeWebAddress } from "./web-address";

export const CLIENT_TYPES = ["client", "prospect"] as const;
export type ClientType = (typeof CLIENT_TYPES)[number];
export const CLIENT_TYPE_LABELS: Record<ClientType, string> = {
  client: "Client",
  prospect: "Prospect",
};

export const MAX_METADATA_ENTRIES = 50;
export const MAX_METADATA_KEY_LENGTH = 40;
export const MAX_METADATA_VALUE_LENGTH = 500;

const WEBSITE_MESSAGE = "Enter a website like acme.com or https://acme.com.";

/** Website: a web address as `normalizeWebAddress` reads it, stored normalised. */
export const websiteSchema = z
  .string()
  .trim()
  .max(300, "Use at most 300 characters.")
  .transform((value, ctx) => {
    if (value === "") return "";
    const url = normalizeWebAddress(value);
    if (url === null) {
      ctx.addIssue({ code: "custom", message: WEBSITE_MESSAGE });
      return z.NEVER;
    }
    return url;
  });

const optionalEmail = z.union([z.literal(""), emailSchema]);

export const metadataEntrySchema = z.object({
  key: z
    .string()
    .trim()
    .min(1, "Enter a key.")
    .max(MAX_METADATA_KEY_LENGTH, `Keys are at most ${MAX_METADATA_KEY_LENGTH} characters.`),
  value: z
    .string()
    .max(MAX_METADATA_VALUE_LENGTH, `Values are at most ${MAX_METADATA_VALUE_LENGTH} characters.`),
});

/**
 * Metadata as the form edits it (ordered rows); stored as a map. Keys must be
 * unique ignoring case and surrounding spaces: "CRM ID" and "crm id" are one key.
 */
export const metadataSchema = z
  .array(metadataEntrySchema)
  .max(MAX_METADATA_ENTRIES, `At most ${MAX_METADATA_ENTRIES} entries.`)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const key = entry.key.trim().toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: [index, "key"],
          message: "This key is already used.",
        });
      seen.add(key);
    });
  });

/** Create Client and the profile's edit form. */
export const clientInputSchema = z.object({
  name: z
    .string({ error: "Enter the client's name." })
    .trim()
    .min(1, "Enter the client's name.")
    .max(120, "Use at most 120 characters."),
  company: z.string().trim().max(120, "Use at most 120 characters.").default(""),
  email: optionalEmail.default(""),
  website: websiteSchema.default(""),
  type: z.enum(CLIENT_TYPES, { error: "Choose Client or Prospect." }),
  language: z.enum(LOCALES, { error: "Choose English, Español or Nederlands." }),
  /** Left out or empty: a new client takes the agency's default zone, an edit keeps the stored one. */
  timeZone: optionalTimeZoneSchema,
});
export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientFields = z.output<typeof clientInputSchema>;

export const createClientInputSchema = clientInputSchema;
export const updateClientInputSchema = clientInputSchema.extend({
  clientId: docIdSchema("Missing client."),
  metadata: metadataSchema.default([]),
});
export const clientIdInputSchema = z.object({
  clientId: docIdSchema("Missing client."),
});

/** What the clients list shows about the newest invite (kept by the invites feature). */
export const latestInviteSchema = z
  .object({
    inviteId: z.string(),
    status: z.string(),
    createdAt: z.date(),
    services: z.number(),
  })
  .nullable();

export const FAVICON_STATUSES = ["none", "pending", "ready", "unavailable"] as const;

/** `agencies/{agencyId}/clients/{clientId}`. */
export const clientDocSchema = z.object({
  name: z.string(),
  nameLower: z.string(),
  company: z.string(),
  email: z.string(),
  website: z.string(),
  type: z.enum(CLIENT_TYPES),
  language: z.enum(LOCALES),
  /** Where the client's call and booking times are shown; clients stored before zones read UTC. */
  timeZone: z.string().default(DEFAULT_TIME_ZONE),
  metadata: z.record(z.string(), z.string()),
  searchTokens: z.array(z.string()),
  faviconUrl: z.string().nullable(),
  faviconStatus: z.enum(FAVICON_STATUSES),
  latestInvite: latestInviteSchema.default(null),
  portal: clientPortalSchema.default(null),
  /** The portal sections the agency hid from this client (portal-sections.ts). */
  hiddenPortalSections: z.array(z.enum(PORTAL_SECTIONS)).optional(),
  createdAt: z.date(),
  /** The teammate who added the client. */
  createdBy: z.string().optional(),
  /**
   * The access page (onboarding page) that created the client, and the `?ref=`
   * value the visitor arrived with (the agency's own id, e.g. a CRM's).
   */
  onboarding: z.object({ pageId: z.string(), pageName: z.string(), ref: z.string() }).nullish(),
  updatedAt: z.date(),
});
export type ClientDoc = z.output<typeof clientDocSchema>;

/**
 * `agencies/{agencyId}/clientRows/{clientId}`: what a row of the clients list
 * shows of a client, kept equal to the client by a function (syncClientRow).
 * Browsing the list reads these, not the clients: without the search tokens,
 * the agency's notes and the rest, a page downloads about half the bytes.
 * A search still asks the clients themselves (`searchTokens` array-contains).
 */
export const CLIENT_ROW_FIELDS = [
  "name",
  "nameLower",
  "company",
  "email",
  "type",
  "faviconUrl",
  "latestInvite",
  "portal",
  "createdAt",
  /** The access page that created the client, shown on its row. */
  "onboarding",
] as const satisfies readonly (keyof ClientDoc)[];
type ClientRowField = (typeof CLIENT_ROW_FIELDS)[number];

export const clientRowDocSchema = clientDocSchema.pick(
  Object.fromEntries(CLIENT_ROW_FIELDS.map((field) => [field, true])) as Record<
    ClientRowField,
    true
  >,
);
export type ClientRowDoc = z.output<typeof clientRowDocSchema>;

/**
 * A row as the clients list holds it: read from `clientRows` while browsing
 * (no tokens: an empty list), or from `clients` for a search, whose results
 * carry their tokens so the search's further words are matched on them.
 */
export const clientListRowSchema = clientRowDocSchema.extend({
  searchTokens: z.array(z.string()).default([]),
});
export type ClientListRow = z.output<typeof clientListRowSchema>;

/** A client's row: its listed fields, copied as they are (Dates or stored Timestamps alike). */
export function clientRowOf<Client extends { [K in ClientRowField]?: unknown }>(
  client: Client,
): Pick<Client, ClientRowField> {
  return Object.fromEntries(
    CLIENT_ROW_FIELDS.filter((field) => client[field] !== undefined).map((field) => [
      field,
      client[field],
    ]),
  ) as Pick<Client, ClientRowField>;
}

/** Lowercase, accents removed, so "Café" is found by "cafe". */
export function normalizeForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}

const MAX_PREFIX = 20;
export const MIN_SEARCH_LENGTH = 2;

function prefixes(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i <= Math.min(word.length, MAX_PREFIX); i += 1) out.push(word.slice(0, i));
  return out;
}

/**
 * Tokens a client is found by: prefixes of each word of the name and company,
 * the email and its parts, and the client ID. Search then asks Firestore for
 * `searchTokens array-contains <term>`, reading only the matches.
 */
export function clientSearchTokens(client: {
  id: string;
  name: string;
  company: string;
  email: string;
}): string[] {
  const tokens = new Set<string>();
  for (const field of [client.name, client.company]) {
    for (const word of normalizeForSearch(field)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)) {
      for (const prefix of prefixes(word)) tokens.add(prefix);
    }
  }
  const email = normalizeForSearch(client.email);
  if (email) {
    tokens.add(email);
    const [local = "", domain = ""] = email.split("@");
    for (const prefix of prefixes(local)) tokens.add(prefix);
    if (domain) tokens.add(domain);
  }
  tokens.add(client.id.toLowerCase());
  return [...tokens];
}

/**
 * A pasted client ID (Firestore's 20-character automatic ID), looked up as the
 * one document it names instead of searched for. A 20-letter word is not one:
 * an automatic ID nearly always has a digit or several capitals.
 */
export function clientIdIn(input: string): string | null {
  const trimmed = input.trim();
  if (!/^[A-Za-z0-9]{20}$/.test(trimmed)) return null;
  return /\d|[A-Z].*[A-Z]/.test(trimmed) ? trimmed : null;
}

/**
 * The single token a search box asks Firestore for (its first word), and the
 * other words, which are matched against the returned page.
 */
export function searchQueryOf(input: string): { token: string; rest: string[] } | null {
  const normalized = normalizeForSearch(input);
  // One letter matches a large share of clients: wait for a second one.
  if (normalized.length < MIN_SEARCH_LENGTH) return null;
  if (normalized.includes("@")) return { token: normalized, rest: [] };
  const words = normalized.split(/[^a-z0-9]+/).filter(Boolean);
  const [first, ...rest] = words;
  if (!first) return null;
  // Client IDs are matched whole; anything longer than a prefix is an ID or a full word.
  return { token: first.length > MAX_PREFIX ? first : first.slice(0, MAX_PREFIX), rest };
}

/** Initials for the profile image when there is no favicon. */
export function monogram(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1
      ? `${words[0]?.[0] ?? ""}${words[words.length - 1]?.[0] ?? ""}`
      : (words[0] ?? "?").slice(0, 2);
  return letters.toUpperCase() || "?";
}

/** Metadata rows (form) to the stored map, and back, keeping the stored order by key. */
export function metadataToMap(entries: { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(entries.map((entry) => [entry.key.trim(), entry.value]));
}

export function metadataToEntries(map: Record<string, string>): { key: string; value: string }[] {
  return Object.entries(map)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value }));
}

/**
 * `agencies/{agencyId}/stats/clients`: client counts kept by the client
 * callables in the same transaction as each change, so the list shows totals
 * without counting documents.
 */
export const clientStatsSchema = z.object({
  total: z.number().default(0),
  client: z.number().default(0),
  prospect: z.number().default(0),
});
export type ClientStats = z.output<typeof clientStatsSchema>;
