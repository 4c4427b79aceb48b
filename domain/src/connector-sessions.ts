import { z } from "zod";
import { isServiceId, type ServiceId } from "./catalogue/services";

/**
 * `connectorSessions/{sha256(state)}` (server-only): one client sign-in with
 * a platform, from start to grant. Written and read only by functions.
 */
export const connectorSessionDocSchema = z.object({
  agencyId: z.string(),
  invitePath: z.string(),
  serviceId: z.custom<ServiceId>(isServiceId),
  connectorId: z.string(),
  stage: z.enum(["started", "authorized", "granted"]),
  codeHash: z.string().nullable(),
  /** The platform's tokens while the client picks an account, sealed; cleared on grant. */
  sealedTokens: z.string().nullable(),
  tokenScopes: z.array(z.string()),
  tokenExpiresAt: z.date().nullable(),
  /** The client's accounts the platform listed, to pick one from. */
  accounts: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string() })),
  accountId: z.string().nullable(),
  createdAt: z.date(),
  expiresAt: z.date(),
});
export type ConnectorSessionDoc = z.output<typeof connectorSessionDocSchema>;
