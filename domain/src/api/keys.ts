import { z } from "zod";
import { docIdSchema } from "../ids";

/**
 * API keys: an agency's credentials for the REST API (`/api/v1`). A key is
 * `ptk_<keyId>_<secret>`: the key ID names its document, so checking a key is
 * one read; the secret is 256 random bits. Firestore keeps only the SHA-256
 * of the whole key, server-only (`apiKeySecrets/{keyId}`); the agency sees the
 * key's name, scopes, last characters and when it was last used
 * (`agencies/{agencyId}/apiKeys/{keyId}`). Keys belong to the agency, not to
 * whoever made them: a key outlives its creator's membership.
 */
export const API_KEY_PREFIX = "ptk_";

export const API_SCOPES = [
  "clients:read",
  "clients:write",
  "invites:read",
  "invites:write",
  "calls:read",
  "pages:read",
  "webhooks:write",
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScope, { label: string; description: string }> = {
  "clients:read": { label: "Read clients", description: "List and read clients." },
  "clients:write": { label: "Write clients", description: "Create and update clients." },
  "invites:read": {
    label: "Read invites",
    description: "List and read invites, and copy their links.",
  },
  "invites:write": {
    label: "Write invites",
    description: "Create invites (and email them to clients).",
  },
  "calls:read": {
    label: "Read calls",
    description: "List and read the calls and bookings of clients' AI agents.",
  },
  "pages:read": { label: "Read access pages", description: "List the agency's access pages." },
  "webhooks:write": {
    label: "Manage webhooks",
    description:
      "Subscribe and unsubscribe webhook endpoints (REST hooks, as Zapier and Make use them).",
  },
};

/** Last used is written at most this often per key, so a busy key is not a write hot spot. */
export const LAST_USED_RESOLUTION_MS = 60_000;
/** More keys than any integration needs; a cap keeps the page and the lookups small. */
export const MAX_ACTIVE_API_KEYS = 25;

const KEY_ID = /^[A-Za-z0-9]{20}$/;
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/** The parts of a key as sent, or null when it cannot be a Portico key (no lookup needed). */
export function parseApiKey(raw: string): { keyId: string; secret: string } | null {
  if (!raw.startsWith(API_KEY_PREFIX)) return null;
  const rest = raw.slice(API_KEY_PREFIX.length);
  const keyId = rest.slice(0, 20);
  const secret = rest.slice(21);
  if (rest.charAt(20) !== "_" || !KEY_ID.test(keyId) || !SECRET.test(secret)) return null;
  return { keyId, secret };
}

export function formatApiKey(keyId: string, secret: string): string {
  return `${API_KEY_PREFIX}${keyId}_${secret}`;
}

const scopesSchema = z
  .array(z.enum(API_SCOPES, { error: "Choose scopes from the list." }))
  .min(1, "Choose at least one scope.")
  .max(API_SCOPES.length)
  .transform((scopes) => API_SCOPES.filter((scope) => scopes.includes(scope)));

export const createApiKeyInputSchema = z.object({
  name: z
    .string({ error: "Name the key after what uses it." })
    .trim()
    .min(1, "Name the key after what uses it, e.g. Zapier.")
    .max(80, "Use at most 80 characters."),
  scopes: scopesSchema,
});
export type CreateApiKeyInput = z.input<typeof createApiKeyInputSchema>;

export const apiKeyIdInputSchema = z.object({ keyId: docIdSchema("Missing key.") });

/** `agencies/{agencyId}/apiKeys/{keyId}`: what owners and admins see of a key (functions write). */
export const apiKeyDocSchema = z.object({
  name: z.string(),
  scopes: z.array(z.enum(API_SCOPES)),
  /** The key's last four characters, to tell keys apart. */
  hint: z.string(),
  status: z.enum(["active", "revoked"]),
  createdAt: z.date(),
  createdBy: z.object({ uid: z.string(), name: z.string() }),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  revokedBy: z.object({ uid: z.string(), name: z.string() }).nullable(),
});
export type ApiKeyDoc = z.output<typeof apiKeyDocSchema>;

/** `apiKeySecrets/{keyId}` (server-only): what the API checks a key against, in one read. */
export const apiKeySecretDocSchema = z.object({
  agencyId: z.string(),
  name: z.string(),
  /** SHA-256 (hex) of the whole key. */
  hash: z.string(),
  scopes: z.array(z.enum(API_SCOPES)),
  status: z.enum(["active", "revoked"]),
  lastUsedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type ApiKeySecretDoc = z.output<typeof apiKeySecretDocSchema>;

/**
 * `apiIdempotency/{hash of key and Idempotency-Key}` (server-only): a POST's
 * first answer, returned again for a retry with the same key; TTL on expiresAt.
 */
export const apiIdempotencyDocSchema = z.object({
  keyId: z.string(),
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  requestHash: z.string(),
  state: z.enum(["pending", "done"]),
  /** While pending: when another attempt may take over (the first one died). */
  leaseUntil: z.date().nullable(),
  status: z.number().nullable(),
  /** The answer's JSON, as sent. */
  body: z.string().nullable(),
  createdAt: z.date(),
  expiresAt: z.date(),
});

export const IDEMPOTENCY_TTL_HOURS = 24;
export const IDEMPOTENCY_LEASE_MS = 60_000;
