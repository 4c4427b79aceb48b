import { HttpsError } from "firebase-functions/v2/https";
import { createWebhookEndpoint, deleteWebhookEndpoint } from "../webhooks/endpointStore";
import { currentSecret, readSigningKeys } from "../webhooks/signingKeys";
import { type ApiHandlers, param } from "./apiContext";
import { ApiError } from "./apiHttp";
import type { KeptAnswer } from "./apiIdempotency";

/**
 * REST hooks (Zapier, Make): subscribe and unsubscribe webhook endpoints of
 * the key's agency, through the same helper as Settings -> Webhooks, so the
 * URL passes the same SSRF guard and the endpoint is signed and logged alike.
 */
export const hookHandlers: ApiHandlers<"createHook" | "deleteHook"> = {
  createHook: async ({ caller, body }) => {
    const { actor } = caller;
    const created = await createWebhookEndpoint(
      caller.agencyId,
      { uid: actor.uid, name: actor.displayName },
      body,
    ).catch((error: unknown) => {
      // The endpoint cap is a state to change (remove one), not a rate limit to wait out.
      if (error instanceof HttpsError && error.code === "resource-exhausted") {
        throw new ApiError("conflict", error.message);
      }
      throw error;
    });
    return {
      status: 201,
      body: {
        id: created.endpointId,
        url: body.url,
        description: body.description,
        events: body.events,
        status: "enabled",
        secret: created.secret,
        createdAt: created.createdAt.toISOString(),
      },
    };
  },

  deleteHook: async (context) => {
    const hookId = param(context, "hookId");
    // Paths are the key's own agency's: another agency's endpoint is simply not there (404).
    await deleteWebhookEndpoint(context.caller.agencyId, hookId);
    return { status: 200, body: { id: hookId, deleted: true } };
  },
};

/**
 * A subscription's answer is kept for idempotent retries without its secret,
 * which stays sealed where the deliveries read it; a retry reads it back.
 */
export function keptHookAnswer(agencyId: string): KeptAnswer {
  return {
    keep: (body) => ({ ...(body as Record<string, unknown>), secret: null }),
    restore: async (body) => {
      const answer = body as Record<string, unknown>;
      const keys = await readSigningKeys(agencyId, String(answer.id));
      if (!keys) throw new ApiError("not_found", "This endpoint no longer exists.");
      return { ...answer, secret: currentSecret(keys) };
    },
  };
}
