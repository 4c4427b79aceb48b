import { z } from "zod";
import { docIdSchema } from "../ids";
import { CONNECTION_PLATFORM_INFO, CONNECTION_PLATFORMS } from "./connections";

/** What staff send to set up, rotate and switch agent connections. */
const clientId = docIdSchema("Choose a client.");
const connectionId = docIdSchema("This connection no longer exists.");

const agentIds = z
  .array(z.string().trim().min(1).max(200, "An agent ID is at most 200 characters."))
  .max(20, "Connect at most 20 agents.")
  .default([]);

/** Retell's API key or Calendly's signing key: what the platform signs with. */
const platformKey = z
  .string()
  .trim()
  .min(16, "Paste the whole key: it is at least 16 characters.")
  .max(512, "This key is too long.")
  .regex(/^[\x21-\x7e]+$/, "A key has no spaces or special characters.");

export const createAgentConnectionInputSchema = z
  .object({
    clientId,
    platform: z.enum(CONNECTION_PLATFORMS, { error: "Choose a platform." }),
    label: z.string().trim().max(80, "Keep the name under 80 characters.").default(""),
    agentIds,
    platformKey: platformKey.optional(),
    /** Vapi's private API key: lets Portico update the assistant and refresh recordings. */
    platformApiKey: platformKey.optional(),
  })
  .superRefine((input, context) => {
    const needsKey = CONNECTION_PLATFORM_INFO[input.platform].secretSource === "platformKey";
    if (needsKey && !input.platformKey) {
      context.addIssue({
        code: "custom",
        path: ["platformKey"],
        message: `Paste the ${CONNECTION_PLATFORM_INFO[input.platform].name} key Portico checks signatures with.`,
      });
    }
  });
export type CreateAgentConnectionInput = z.input<typeof createAgentConnectionInputSchema>;

export const rotateConnectionSecretInputSchema = z.object({
  clientId,
  connectionId,
  platformKey: platformKey.optional(),
});

export const setAgentConnectionStatusInputSchema = z.object({
  clientId,
  connectionId,
  status: z.enum(["active", "disabled"], { error: "Choose on or off." }),
});

/**
 * Calendly signs with a key set when its webhook subscription is created
 * through its API, so Portico creates the subscription with the agency's
 * personal access token (Calendly -> Integrations & apps -> API & webhooks).
 * With `connectionId`, an existing Calendly connection subscribes again with a
 * new key (its rotation).
 */
export const subscribeCalendlyInputSchema = z.object({
  clientId,
  connectionId: connectionId.optional(),
  label: z.string().trim().max(80, "Keep the name under 80 characters.").default(""),
  personalAccessToken: z
    .string()
    .trim()
    .min(20, "Paste the whole personal access token.")
    .max(4096, "This token is too long.")
    .regex(/^[\x21-\x7e]+$/, "A token has no spaces or special characters."),
});
export type SubscribeCalendlyInput = z.input<typeof subscribeCalendlyInputSchema>;

/** Where the platform posts: behind Hosting in production. */
export const WEBHOOK_PATH_PREFIX = "/hooks/voice/";

export const recordingLinkInputSchema = z.object({
  clientId,
  callId: docIdSchema("This call no longer exists."),
});
