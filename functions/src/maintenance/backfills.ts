import { paths } from "@portico/domain/paths";
import { tokenDeleteAt } from "@portico/domain/tokens";
import { db } from "../admin";
import { refreshClientRow } from "../clients/syncClientRow";
import { refs } from "../documents";
import { refreshPublicBranding } from "../portal/syncPublicBranding";

/**
 * One-off repairs for data written before a deploy, run once against the real
 * project by `npm run backfill` (scripts/backfill.ts). Each is idempotent: a
 * second run changes nothing.
 */

const PAGE = 300;

/**
 * Every agency's public branding (its portal address is unknown until it
 * exists), or only the agencies named.
 */
export async function backfillPublicBranding(agencyIds?: string[]): Promise<number> {
  const ids =
    agencyIds ?? (await db.collection(paths.agencies()).select().get()).docs.map((doc) => doc.id);
  for (const agencyId of ids) await refreshPublicBranding(agencyId);
  return ids.length;
}

/** Token records without `deleteAt` (issued before the TTL policy) get one, so TTL removes them. */
export async function backfillTokenDeleteAt(): Promise<number> {
  let updated = 0;
  let last: string | null = null;
  for (;;) {
    let page = refs.invitationTokens().orderBy("__name__").limit(PAGE);
    if (last) page = page.startAfter(last);
    const { docs } = await page.get();
    if (docs.length === 0) return updated;
    const batch = db.batch();
    for (const token of docs) {
      const stored = token.data();
      if (stored.deleteAt) continue;
      // Records this old may lack fields their schema has today.
      const expiresAt = stored.expiresAt?.toDate() ?? new Date();
      batch.update(token.ref, { deleteAt: tokenDeleteAt(expiresAt) });
      updated += 1;
    }
    await batch.commit();
    last = docs[docs.length - 1]?.id ?? null;
  }
}

/** Every client's row of the clients list (clients stored before rows existed), agency by agency. */
export async function backfillClientRows(agencyIds?: string[]): Promise<number> {
  const ids =
    agencyIds ?? (await db.collection(paths.agencies()).select().get()).docs.map((doc) => doc.id);
  let clients = 0;
  for (const agencyId of ids) {
    let last: string | null = null;
    for (;;) {
      let page = db.collection(paths.clients(agencyId)).select().orderBy("__name__").limit(PAGE);
      if (last) page = page.startAfter(last);
      const { docs } = await page.get();
      if (docs.length === 0) break;
      await Promise.all(docs.map((client) => refreshClientRow(agencyId, client.id)));
      clients += docs.length;
      last = docs[docs.length - 1]?.id ?? null;
    }
  }
  return clients;
}
