import { z } from "zod";

/**
 * `retainedTokens/{agencyId}_{inviteId}_{serviceId}` (server-only): a
 * platform's tokens kept for the agency after a client's sign-in, sealed.
 */
export const retainedTokenDocSchema = z.object({
  agencyId: z.string(),
  inviteId: z.string(),
  clientId: z.string(),
  serviceId: z.string(),
  platform: z.string(),
  connectorId: z.string(),
  accountId: z.string(),
  /** The tokens, encrypted with the document's id as context (tokenVault). */
  sealed: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date().nullable(),
  retainedAt: z.date(),
});
export type RetainedTokenDoc = z.output<typeof retainedTokenDocSchema>;
