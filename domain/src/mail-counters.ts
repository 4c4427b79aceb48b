import { z } from "zod";
import { MAIL_STREAMS } from "./mail-quota";

/**
 * The outbound mail counters (server-only), apart from mail-quota.ts so that
 * pages showing a limit's message do not load zod.
 */

/** `mailQuotas/{quotaId}`: mails counted for an agency or a portal user on one UTC day. */
export const mailQuotaDocSchema = z.object({
  kind: z.enum(["agency", "portalUser", "digest"]),
  agencyId: z.string(),
  uid: z.string().optional(),
  day: z.string(),
  count: z.number(),
  updatedAt: z.date(),
  /** For the TTL policy: nothing reads a counter after its day. */
  expiresAt: z.date(),
});
export type MailQuotaDoc = z.output<typeof mailQuotaDocSchema>;

/** `mailCooldowns/{cooldownId}`: when an address last got a re-send (the address is not stored). */
export const mailCooldownDocSchema = z.object({
  agencyId: z.string(),
  stream: z.enum(MAIL_STREAMS),
  lastResentAt: z.date(),
  expiresAt: z.date(),
});
export type MailCooldownDoc = z.output<typeof mailCooldownDocSchema>;
