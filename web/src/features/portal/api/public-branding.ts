import { type PublicBranding, publicBrandingSchema } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import { doc, getDoc } from "firebase/firestore";
import { db } from "../../../lib/firestore";

/**
 * The agency's public branding (name, logo, colours, language) for its portal
 * address before sign-in: `agencies/{a}/public/branding`, which anyone may
 * read and a function keeps. Null for an unknown agency (or a malformed id).
 */
export async function readPublicBranding(agencyId: string): Promise<PublicBranding | null> {
  let path: string;
  try {
    path = paths.publicBranding(agencyId);
  } catch {
    return null;
  }
  const snapshot = await getDoc(doc(db, path));
  const parsed = publicBrandingSchema.safeParse(snapshot.data());
  return parsed.success ? parsed.data : null;
}
