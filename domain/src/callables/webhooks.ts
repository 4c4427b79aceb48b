import { z } from "zod";
import {
  endpointIdInputSchema,
  replayWebhookInputSchema,
  updateWebhookEndpointInputSchema,
  webhookEndpointInputSchema,
} from "../webhooks/endpoints";
import { defineCallable } from "./define";

/** Settings -> Webhooks: the agency's outgoing webhook endpoints (owners and admins). */
export const createWebhookEndpointCallable = defineCallable({
  name: "createWebhookEndpoint",
  caller: "manager",
  input: webhookEndpointInputSchema,
  output: z.object({ endpointId: z.string(), secret: z.string() }),
});

export const updateWebhookEndpointCallable = defineCallable({
  name: "updateWebhookEndpoint",
  caller: "manager",
  input: updateWebhookEndpointInputSchema,
  output: z.object({ status: z.enum(["enabled", "disabled"]) }),
});

export const deleteWebhookEndpointCallable = defineCallable({
  name: "deleteWebhookEndpoint",
  caller: "manager",
  input: endpointIdInputSchema,
  output: z.object({ ok: z.literal(true) }),
});

/** The current signing secret, on demand (it is stored sealed, server-only). */
export const revealWebhookSecretCallable = defineCallable({
  name: "revealWebhookSecret",
  caller: "manager",
  input: endpointIdInputSchema,
  output: z.object({ secret: z.string() }),
});

/** A new secret; the replaced one keeps signing beside it for 24 hours. */
export const rotateWebhookSecretCallable = defineCallable({
  name: "rotateWebhookSecret",
  caller: "manager",
  input: endpointIdInputSchema,
  output: z.object({ secret: z.string(), previousValidUntil: z.iso.datetime() }),
});

/** Sends a delivery again, with the same event id and body. */
export const replayWebhookDeliveryCallable = defineCallable({
  name: "replayWebhookDelivery",
  caller: "manager",
  input: replayWebhookInputSchema,
  output: z.object({ eventId: z.string() }),
});

/** A `webhook.test` event to this one endpoint. */
export const sendTestWebhookCallable = defineCallable({
  name: "sendTestWebhook",
  caller: "manager",
  input: endpointIdInputSchema,
  output: z.object({ eventId: z.string() }),
});

export const webhookCallables = {
  createWebhookEndpoint: createWebhookEndpointCallable,
  updateWebhookEndpoint: updateWebhookEndpointCallable,
  deleteWebhookEndpoint: deleteWebhookEndpointCallable,
  revealWebhookSecret: revealWebhookSecretCallable,
  rotateWebhookSecret: rotateWebhookSecretCallable,
  replayWebhookDelivery: replayWebhookDeliveryCallable,
  sendTestWebhook: sendTestWebhookCallable,
};
