import { createClientCallable } from "@portico/domain/callables/clients";
import type { ClientFields } from "@portico/domain/clients";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { readGeneralSettings } from "../settings/agencySettings";
import type { Actor } from "../staff";
import { assertEmailFree, derivedClientFields } from "./clientRecord";
import { countClientChange } from "./clientStats";

/**
 * Create Client: validated with the shared schema; the favicon follows in the
 * background. Without a time zone the client takes the agency's default.
 */
export const createClient = serve(createClientCallable, (fields, staff) =>
  createClientFor(staff, fields),
);

/** Create Client's work, for the callable and the REST API alike. */
export async function createClientFor(staff: Actor, fields: ClientFields) {
  const ref = refs.clients(staff.agencyId).doc();
  const timeZone = fields.timeZone ?? (await readGeneralSettings(staff.agencyId)).defaultTimeZone;

  await db.runTransaction(async (tx) => {
    await assertEmailFree(tx, staff.agencyId, fields.email, ref.id);
    tx.create(ref, {
      ...derivedClientFields(ref.id, fields),
      timeZone,
      metadata: {},
      faviconUrl: null,
      faviconStatus: fields.website ? "pending" : "none",
      latestInvite: null,
      portal: null,
      createdAt: FieldValue.serverTimestamp(),
      createdBy: staff.uid,
      updatedAt: FieldValue.serverTimestamp(),
    });
    countClientChange(tx, staff.agencyId, { added: fields.type });
  });
  return { clientId: ref.id };
}
