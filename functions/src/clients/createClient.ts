import { createClientInputSchema } from "@portico/domain/clients";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { refs } from "../documents";
import { requireEditor } from "../staff";
import { assertEmailFree, derivedClientFields } from "./clientRecord";
import { countClientChange } from "./clientStats";

/** Create Client: validated with the shared schema; the favicon follows in the background. */
export const createClient = callable(async (request) => {
  const staff = await requireEditor(request);
  const fields = parseInput(createClientInputSchema, request.data);
  const ref = refs.clients(staff.agencyId).doc();

  await db.runTransaction(async (tx) => {
    await assertEmailFree(tx, staff.agencyId, fields.email, ref.id);
    tx.create(ref, {
      ...derivedClientFields(ref.id, fields),
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
});
