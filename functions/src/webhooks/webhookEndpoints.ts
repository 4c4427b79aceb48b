import {
  createWebhookEndpointCallable,
  deleteWebhookEndpointCallable,
  replayWebhookDeliveryCallable,
  revealWebhookSecretCallable,
  rotateWebhookSecretCallable,
  sendTestWebhookCallable,
  updateWebhookEndpointCallable,
} from "@portico/domain/callables/webhooks";
import { paths } from "@portico/domain/paths";
import { webhookDeliveryDocSchema } from "@portico/domain/webhooks/deliveries";
import { webhookEndpointDocSchema } from "@portico/domain/webhooks/endpoints";
import { TEST_EVENT_TYPE } from "@portico/domain/webhooks/events";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { serve } from "../serve";
import { storedData } from "../voice/storedData";
import { emitWebhookEvents, testEventId } from "./emitWebhookEvents";
import {
  assertReceiverUrl,
  createWebhookEndpoint as createEndpoint,
  deleteWebhookEndpoint as deleteEndpoint,
} from "./endpointStore";
import {
  currentSecret,
  mintWebhookSecret,
  readSigningKeys,
  rotateSigningKeys,
  signingKeysRef,
} from "./signingKeys";

const secrets = [TOKEN_VAULT_KEY];
const GONE = "This endpoint no longer exists.";

async function readEndpoint(agencyId: string, endpointId: string) {
  const snapshot = await db.doc(paths.outgoingWebhook(agencyId, endpointId)).get();
  if (!snapshot.exists) throw new HttpsError("not-found", GONE);
  return storedData(webhookEndpointDocSchema, snapshot.data());
}

/** Settings -> Webhooks -> Add endpoint: the URL is checked, the secret minted and shown. */
export const createWebhookEndpoint = serve(
  createWebhookEndpointCallable,
  { secrets },
  async (input, staff) => {
    const created = await createEndpoint(
      staff.agencyId,
      { uid: staff.uid, name: staff.displayName },
      input,
    );
    return { endpointId: created.endpointId, secret: created.secret };
  },
);

/** Edits the URL, description and events, and turns the endpoint on or off. */
export const updateWebhookEndpoint = serve(updateWebhookEndpointCallable, async (input, staff) => {
  const current = await readEndpoint(staff.agencyId, input.endpointId);
  if (input.url !== current.url) await assertReceiverUrl(input.url);
  const ref = db.doc(paths.outgoingWebhook(staff.agencyId, input.endpointId));
  const status = input.enabled ? "enabled" : "disabled";
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) throw new HttpsError("not-found", GONE);
    const endpoint = storedData(webhookEndpointDocSchema, snapshot.data());
    const now = new Date();
    const turnedOn = status === "enabled" && endpoint.status !== "enabled";
    tx.update(ref, {
      url: input.url,
      description: input.description,
      events: input.events,
      status,
      ...(status === endpoint.status
        ? {}
        : {
            disabledReason: turnedOn ? null : "manual",
            disabledAt: turnedOn ? null : now,
          }),
      // Turned on again: the failures that turned it off start over.
      ...(turnedOn ? { failedEventsInARow: 0 } : {}),
      updatedAt: now,
    });
  });
  return { status };
});

export const deleteWebhookEndpoint = serve(deleteWebhookEndpointCallable, async (input, staff) => {
  await deleteEndpoint(staff.agencyId, input.endpointId);
  return { ok: true as const };
});

/** Owners and admins see the current secret on demand, to paste into their receiver. */
export const revealWebhookSecret = serve(
  revealWebhookSecretCallable,
  { secrets },
  async (input, staff) => {
    const keys = await readSigningKeys(staff.agencyId, input.endpointId);
    if (!keys) throw new HttpsError("not-found", GONE);
    return { secret: currentSecret(keys) };
  },
);

/** A new secret; the old one keeps signing beside it for 24 hours, so the receiver can switch. */
export const rotateWebhookSecret = serve(
  rotateWebhookSecretCallable,
  { secrets },
  async (input, staff) => {
    const endpointRef = db.doc(paths.outgoingWebhook(staff.agencyId, input.endpointId));
    return db.runTransaction(async (tx) => {
      const [endpointSnap, keys] = await Promise.all([
        tx.get(endpointRef),
        readSigningKeys(staff.agencyId, input.endpointId, tx),
      ]);
      if (!endpointSnap.exists || !keys) throw new HttpsError("not-found", GONE);
      const secret = mintWebhookSecret();
      const now = new Date();
      const rotated = rotateSigningKeys(keys, secret, now);
      tx.set(signingKeysRef(staff.agencyId, input.endpointId), rotated.keys);
      tx.update(endpointRef, {
        secretSetAt: now,
        previousSecretExpiresAt: rotated.overlapEnds,
        updatedAt: now,
      });
      return { secret, previousValidUntil: rotated.overlapEnds.toISOString() };
    });
  },
);

/** Replay: the same event (same id, same body) goes out again, attempts counted anew. */
export const replayWebhookDelivery = serve(replayWebhookDeliveryCallable, async (input, staff) => {
  const endpoint = await readEndpoint(staff.agencyId, input.endpointId);
  if (endpoint.status !== "enabled") {
    throw new HttpsError("failed-precondition", "Turn the endpoint on to replay its events.");
  }
  const ref = db.doc(paths.webhookDelivery(staff.agencyId, input.endpointId, input.eventId));
  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    if (!snapshot.exists) throw new HttpsError("not-found", "This delivery no longer exists.");
    const delivery = storedData(webhookDeliveryDocSchema, snapshot.data());
    if (delivery.state === "sending" || delivery.state === "pending") {
      throw new HttpsError("failed-precondition", "This event is being sent already.");
    }
    const now = new Date();
    tx.update(ref, {
      state: "pending",
      attempts: 0,
      nextAttemptAt: now,
      leaseExpiresAt: null,
      replays: delivery.replays + 1,
      deleteAt: null,
      updatedAt: now,
    });
  });
  return { eventId: input.eventId };
});

/** A `webhook.test` event to this endpoint only, signed and logged like any other. */
export const sendTestWebhook = serve(sendTestWebhookCallable, async (input, staff) => {
  const endpoint = await readEndpoint(staff.agencyId, input.endpointId);
  if (endpoint.status !== "enabled") {
    throw new HttpsError("failed-precondition", "Turn the endpoint on to send it a test event.");
  }
  const eventId = testEventId();
  const now = new Date();
  await emitWebhookEvents(
    staff.agencyId,
    [
      {
        type: TEST_EVENT_TYPE,
        key: eventId,
        resource: `test/${eventId}`,
        occurredAt: now,
        data: {
          message: "A test event from Portico.",
          endpointId: input.endpointId,
          sentBy: staff.displayName,
        },
      },
    ],
    { eventIds: [eventId], onlyEndpointId: input.endpointId },
  );
  return { eventId };
});
