import { paths } from "@portico/domain/paths";
import type { Transaction } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";

/** Refuses a change that would leave the agency without an owner (read inside the transaction). */
export async function assertAnotherOwnerRemains(tx: Transaction, agencyId: string) {
  const owners = await tx.get(
    db
      .collection(paths.members(agencyId))
      .where("role", "==", "owner")
      .where("status", "==", "active")
      .limit(2),
  );
  if (owners.size < 2) {
    throw new HttpsError(
      "failed-precondition",
      "At least one owner must remain. Make someone else an owner first.",
    );
  }
}
