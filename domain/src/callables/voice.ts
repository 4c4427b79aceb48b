import { z } from "zod";
import { docIdSchema } from "../ids";
import {
  createAgentConnectionInputSchema,
  recordingLinkInputSchema,
  rotateConnectionSecretInputSchema,
  setAgentConnectionStatusInputSchema,
  subscribeCalendlyInputSchema,
} from "../voice/connection-inputs";
import { defineCallable } from "./define";

/** The client's AI agent: connections to its platforms, and playing its calls. */
export const createAgentConnectionCallable = defineCallable({
  name: "createAgentConnection",
  caller: "editor",
  input: createAgentConnectionInputSchema,
  output: z.object({
    connectionId: z.string(),
    /** Where the platform posts, under the app's origin (Hosting rewrites it to the function). */
    webhookPath: z.string(),
    /** A secret Portico minted, shown this once; null when the platform's own key signs. */
    secret: z.string().nullable(),
  }),
});

export const rotateConnectionSecretCallable = defineCallable({
  name: "rotateConnectionSecret",
  caller: "editor",
  input: rotateConnectionSecretInputSchema,
  output: z.object({ secret: z.string().nullable(), previousValidUntil: z.iso.datetime() }),
});

export const setAgentConnectionStatusCallable = defineCallable({
  name: "setAgentConnectionStatus",
  caller: "editor",
  input: setAgentConnectionStatusInputSchema,
  output: z.object({ status: z.enum(["active", "disabled"]) }),
});

/** Creates (or renews) the Calendly webhook subscription; the token is stored sealed. */
export const subscribeCalendlyCallable = defineCallable({
  name: "subscribeCalendly",
  caller: "editor",
  input: subscribeCalendlyInputSchema,
  output: z.object({
    connectionId: z.string(),
    webhookPath: z.string(),
    /** When the replaced key stops verifying; null for a new connection. */
    previousValidUntil: z.iso.datetime().nullable(),
  }),
});

/** Staff of the agency or portal users of the call's client: checked in the handler. */
export const recordingLinkCallable = defineCallable({
  name: "recordingLink",
  caller: "signedIn",
  input: recordingLinkInputSchema,
  output: z.object({ token: z.string(), expiresAt: z.iso.datetime() }),
});

/** Recounts a client's day counters from its stored calls and bookings (the rollups' backfill). */
export const recountCallDaysCallable = defineCallable({
  name: "recountClientCallDays",
  caller: "manager",
  input: z.object({ clientId: docIdSchema("Choose a client.") }),
  output: z.object({ calls: z.number().int(), bookings: z.number().int() }),
});

export const voiceCallables = {
  createAgentConnection: createAgentConnectionCallable,
  rotateConnectionSecret: rotateConnectionSecretCallable,
  setAgentConnectionStatus: setAgentConnectionStatusCallable,
  subscribeCalendly: subscribeCalendlyCallable,
  recordingLink: recordingLinkCallable,
  recountClientCallDays: recountCallDaysCallable,
};
