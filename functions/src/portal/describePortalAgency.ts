import { paths } from "@portico/domain/paths";
import {
  describePortalAgencyInputSchema,
  type PortalAgencyLook,
} from "@portico/domain/portal-look";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { limitAnonymousCall, PORTAL_LOOK_LIMITS } from "../rateLimit";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";

/**
 * The public look of an agency's portal (branding, default language), for its
 * signed-out pages on a new browser. Anonymous, so rate limited; it answers
 * only what the agency's invite pages already show to anyone with a link.
 */
export const describePortalAgency = callable(async (request): Promise<PortalAgencyLook> => {
  const { agencyId } = parseInput(describePortalAgencyInputSchema, request.data);
  await limitAnonymousCall(request, PORTAL_LOOK_LIMITS, agencyId);
  const agency = await db.doc(paths.agency(agencyId)).get();
  if (!agency.exists) return { branding: null, locale: "en" };
  const [branding, settings] = await Promise.all([
    readBranding(agencyId),
    readGeneralSettings(agencyId),
  ]);
  return { branding, locale: settings.defaultLocale };
});
