import type { DeliveryState, DeliverySummary } from "@portico/domain/mail";
import { FieldValue, type WithFieldValue } from "firebase-admin/firestore";
import type { Stored } from "../documents";

/**
 * `emailDelivery` as written on the document a mail is about (team and portal
 * invitations, invites): the domain's `deliverySummarySchema`, stamped with
 * the server's time.
 */
export function deliverySummary(
  state: DeliveryState,
  attempts: number,
  error: string | null,
): WithFieldValue<Stored<DeliverySummary>> {
  return { state, attempts, error, updatedAt: FieldValue.serverTimestamp() };
}
