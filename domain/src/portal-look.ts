import { z } from "zod";
import type { Branding } from "./branding";
import type { Locale } from "./i18n/locales";
import { docIdSchema } from "./ids";

/**
 * The portal's signed-out pages (sign in, forgot password) on a browser that
 * has never seen the portal: the portal address names the agency (`?agency=`
 * or its own portal address), and describePortalAgency answers its public
 * look: the branding its invite pages show anyway, and its default language.
 */
export const describePortalAgencyInputSchema = z.object({
  agencyId: docIdSchema("This portal address isn't valid."),
});
export type DescribePortalAgencyInput = z.input<typeof describePortalAgencyInputSchema>;

export interface PortalAgencyLook {
  /** Null for an agency nobody knows: the pages stay unbranded. */
  branding: Branding | null;
  /** The agency's default language (the client's own is known only after sign-in). */
  locale: Locale;
}

/** The query parameter of a portal address that names the agency. */
export const PORTAL_AGENCY_PARAM = "agency";
