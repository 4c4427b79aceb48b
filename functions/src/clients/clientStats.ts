import type { ClientType } from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import type { Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { countChange } from "../stats";

/** The agency's client counts, in the transaction that creates, retypes or deletes a client. */
export function countClientChange(
  tx: Transaction,
  agencyId: string,
  change: { added?: ClientType; removed?: ClientType },
) {
  countChange(tx, paths.clientStats(agencyId), change);
}

/** Recomputes the counts from aggregate queries: for seeding and repair, not per request. */
export async function recountClientStats(agencyId: string) {
  const clients = refs.clients(agencyId);
  const [total, prospects] = await Promise.all([
    clients.count().get(),
    clients.where("type", "==", "prospect").count().get(),
  ]);
  const prospect = prospects.data().count;
  await db.doc(paths.clientStats(agencyId)).set({
    total: total.data().count,
    prospect,
    client: total.data().count - prospect,
  });
}
