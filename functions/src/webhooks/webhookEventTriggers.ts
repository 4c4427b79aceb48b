import { clientDocSchema } from "@portico/domain/clients";
import { intakeResponseDocSchema } from "@portico/domain/intake";
import { inviteDocSchema } from "@portico/domain/invites";
import { bookingDocSchema, callDocSchema } from "@portico/domain/voice/stored";
import {
  bookingEvents,
  callEvents,
  clientEvents,
  completesIntake,
  inviteEvents,
} from "@portico/domain/webhooks/event-detection";
import type { DetectedEvent } from "@portico/domain/webhooks/events";
import type { DocumentSnapshot } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import type { z } from "zod";
import { refs } from "../documents";
import { storedData } from "../voice/storedData";
import { emitWebhookEvents } from "./emitWebhookEvents";

/*
 * Webhook events come from triggers on the documents, not from the callables
 * that change them. Why: the same changes are made by many writers (the
 * client and invite callables, the invite page's grant/skip/intake callables,
 * connectors, portal activation, storeCall/storeBooking, and soon the REST
 * API); a trigger per collection sees them all without touching each one, and
 * compares before with after, so it knows exactly what changed. Events stay
 * at-least-once and exact: each event's id is hashed from the document and
 * the change, so a replayed trigger rewrites nothing. The cost is one trigger
 * hop (well under a second) before the delivery starts.
 */

/** Thrown for a document that does not match its schema: no events from it (rather than wrong ones). */
class Unreadable extends Error {}

/** The document as its schema reads it; null when absent. */
function read<Schema extends z.ZodType>(
  schema: Schema,
  snapshot: DocumentSnapshot | undefined,
): z.output<Schema> | null {
  if (!snapshot?.exists) return null;
  try {
    return storedData(schema, snapshot.data());
  } catch (error) {
    logger.warn("Webhook events: a document did not match its schema", {
      path: snapshot.ref.path,
      error: String(error),
    });
    throw new Unreadable();
  }
}

async function emit(agencyId: string, detect: () => DetectedEvent[] | Promise<DetectedEvent[]>) {
  let events: DetectedEvent[];
  try {
    events = await detect();
  } catch (error) {
    if (error instanceof Unreadable) return;
    throw error;
  }
  if (events.length > 0) await emitWebhookEvents(agencyId, events);
}

/** client.created, portal.activated */
export const webhookEventsOnClient = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}",
  async (event) => {
    const { agencyId, clientId } = event.params;
    await emit(agencyId, () =>
      clientEvents(
        clientId,
        read(clientDocSchema, event.data?.before),
        read(clientDocSchema, event.data?.after),
      ),
    );
  },
);

/** invite.created, invite.service_granted/_skipped, intake.completed, invite.completed */
export const webhookEventsOnInvite = onDocumentWritten(
  "agencies/{agencyId}/invites/{inviteId}",
  async (event) => {
    const { agencyId, inviteId } = event.params;
    await emit(agencyId, async () => {
      const before = read(inviteDocSchema, event.data?.before);
      const after = read(inviteDocSchema, event.data?.after);
      // intake.completed carries the answers, saved in the transaction that marks the intake done.
      const intake =
        after && completesIntake(before, after)
          ? await intakeResponse(agencyId, after.clientId, inviteId)
          : null;
      return inviteEvents(inviteId, before, after, intake);
    });
  },
);

/** The intake's questions and answers; null (no answers listed) when absent or unreadable. */
async function intakeResponse(agencyId: string, clientId: string, inviteId: string) {
  const snapshot = await refs.intakeResponse(agencyId, clientId, inviteId).get();
  try {
    return read(intakeResponseDocSchema, snapshot);
  } catch {
    return null;
  }
}

/** call.completed */
export const webhookEventsOnCall = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/calls/{callId}",
  async (event) => {
    const { agencyId, clientId, callId } = event.params;
    await emit(agencyId, () =>
      callEvents(
        clientId,
        callId,
        read(callDocSchema, event.data?.before),
        read(callDocSchema, event.data?.after),
      ),
    );
  },
);

/** booking.created, booking.cancelled */
export const webhookEventsOnBooking = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/bookings/{bookingId}",
  async (event) => {
    const { agencyId, clientId, bookingId } = event.params;
    await emit(agencyId, () =>
      bookingEvents(
        clientId,
        bookingId,
        read(bookingDocSchema, event.data?.before),
        read(bookingDocSchema, event.data?.after),
      ),
    );
  },
);
