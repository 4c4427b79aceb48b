import { publicBranding } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";
import { writeProjection } from "./portalViewWrites";

/**
 * Keeps `agencies/{a}/public/branding` (what anyone may read: the name, logo,
 * colours and default language) equal to the branding and general settings,
 * so the agency's portal address is branded before anyone signs in. Read again
 * in a transaction: a late or repeated event writes the current state.
 */
export const syncPublicBranding = onDocumentWritten(
  "agencies/{agencyId}/settings/{name}",
  async (event) => {
    const { agencyId, name } = event.params;
    if (name !== "branding" && name !== "general") return;
    await refreshPublicBranding(agencyId);
  },
);

/** Writes the agency's public branding as its settings stand (also the backfill's). */
export async function refreshPublicBranding(agencyId: string): Promise<void> {
  const publicRef = db.doc(paths.publicBranding(agencyId));
  await db.runTransaction(async (tx) => {
    const current = await tx.get(publicRef);
    const [branding, general] = await Promise.all([
      readBranding(agencyId, tx),
      readGeneralSettings(agencyId, tx),
    ]);
    writeProjection(tx, current, publicBranding(branding, general.defaultLocale));
  });
}
