import { updateClientCallable } from "@portico/domain/callables/clients";
import { metadataToMap, type updateClientInputSchema } from "@portico/domain/clients";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import type { z } from "zod";
import { db } from "../admin";
import { refs } from "../documents";
import {
  activePortalMembers,
  cancelInvitationsToOldAddress,
  pendingPortalInvitations,
} from "../portal/portalInvitations";
import { assertPortalLoginCanMove, requestPortalLoginChange } from "../portal/portalLoginChange";
import { serve } from "../serve";
import type { Actor } from "../staff";
import { assertEmailFree, derivedClientFields } from "./clientRecord";
import { countClientChange } from "./clientStats";

/**
 * The profile's edit form: details and metadata together. A new contact
 * email cancels the agency's pending portal invitation (sent to the old one).
 */
export const updateClient = serve(updateClientCallable, (input, staff) =>
  updateClientFor(staff, input),
);

/** The profile form's update, for the callable and the REST API alike. */
export async function updateClientFor(
  staff: Actor,
  input: z.output<typeof updateClientInputSchema>,
) {
  const { clientId, metadata, ...fields } = input;
  const ref = refs.client(staff.agencyId, clientId);
  const before = await ref.get();
  const oldEmail = before.data()?.email ?? "";
  await assertPortalLoginCanMove(staff.agencyId, clientId, oldEmail, fields.email);

  await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    const stored = current.data();
    if (!stored) throw new HttpsError("not-found", "This client no longer exists.");
    await assertEmailFree(tx, staff.agencyId, fields.email, clientId);
    const previousEmail = stored.email ?? "";
    const emailChanged = previousEmail !== fields.email;
    const [pending, active] = emailChanged
      ? await Promise.all([
          pendingPortalInvitations(tx, staff.agencyId, clientId),
          activePortalMembers(tx, staff.agencyId, clientId),
        ])
      : [[], []];
    const websiteChanged = stored.website !== fields.website;
    tx.update(ref, {
      ...derivedClientFields(clientId, fields),
      metadata: metadataToMap(metadata),
      ...(websiteChanged
        ? { faviconUrl: null, faviconStatus: fields.website ? "pending" : "none" }
        : {}),
      updatedAt: FieldValue.serverTimestamp(),
    });
    // A link mailed to the old address must not open the portal any more.
    if (emailChanged) cancelInvitationsToOldAddress(tx, current, previousEmail, pending, active);
    const previousType = stored.type;
    if (previousType !== fields.type) {
      countClientChange(tx, staff.agencyId, { added: fields.type, removed: previousType });
    }
  });
  // A portal already in use: the new address must be verified before it signs in.
  await requestPortalLoginChange(staff.agencyId, clientId, oldEmail, fields.email);
  return { clientId };
}
