import { saveConnectedAccountCallable } from "@portico/domain/callables/settings";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { invalidField } from "../callable";
import { serve } from "../serve";

/** Settings -> Connected accounts: add one, or edit its label or ID. */
export const saveConnectedAccount = serve(saveConnectedAccountCallable, async (input, staff) => {
  const { accountId, ...account } = input;
  const collection = db.collection(paths.connectedAccounts(staff.agencyId));
  const ref = accountId ? collection.doc(accountId) : collection.doc();

  await db.runTransaction(async (tx) => {
    const [current, same] = await Promise.all([
      tx.get(ref),
      tx.get(
        collection.where("kind", "==", account.kind).where("value", "==", account.value).limit(2),
      ),
    ]);
    if (accountId && !current.exists)
      throw new HttpsError("not-found", "This account is no longer connected.");
    if (same.docs.some((doc) => doc.id !== ref.id)) {
      throw invalidField("value", "This account is already connected.");
    }
    if (current.exists) {
      tx.update(ref, { ...account, updatedAt: FieldValue.serverTimestamp() });
    } else {
      tx.create(ref, {
        ...account,
        createdAt: FieldValue.serverTimestamp(),
        createdBy: staff.uid,
        updatedAt: FieldValue.serverTimestamp(),
      });
    }
  });
  return { accountId: ref.id };
});
