import { z } from "zod";
import { docIdSchema } from "./ids";

/**
 * Which portal sections a client's portal users see: the agency's choice per
 * client (`hiddenPortalSections` on the client document, set by owners and
 * admins), resolved into the portal's client projection
 * (`portalViews/client.sections`), which filters the portal's navigation and
 * guards its routes. By default every section with something behind it is
 * shown: the agent's sections once the client has an agent connection, Billing
 * once the agency has set a plan. The agency hides any of them; it cannot
 * show a section with nothing behind it.
 */
export const PORTAL_SECTIONS = [
  "calls",
  "bookings",
  "analytics",
  "faqs",
  "agentSettings",
  "billing",
] as const;
export type PortalSection = (typeof PORTAL_SECTIONS)[number];

export type PortalSections = Record<PortalSection, boolean>;

/** What the resolution needs to know beside the agency's choice. */
export interface SectionFacts {
  hasAgentConnection: boolean;
  hasBillingPlan: boolean;
}

/** Whether a section has anything to show for this client. */
export function sectionAvailable(section: PortalSection, facts: SectionFacts): boolean {
  return section === "billing" ? facts.hasBillingPlan : facts.hasAgentConnection;
}

/** The sections the agency hid and the client's facts -> the sections its portal shows. */
export function resolvePortalSections(
  hidden: readonly PortalSection[],
  facts: SectionFacts,
): PortalSections {
  return Object.fromEntries(
    PORTAL_SECTIONS.map((section) => [
      section,
      sectionAvailable(section, facts) && !hidden.includes(section),
    ]),
  ) as PortalSections;
}

/**
 * Projections written before sections existed: calls and bookings were
 * always in the portal's navigation, nothing else was.
 */
export const LEGACY_PORTAL_SECTIONS: PortalSections = {
  calls: true,
  bookings: true,
  analytics: false,
  faqs: false,
  agentSettings: false,
  billing: false,
};

export const portalSectionsSchema = z.object(
  Object.fromEntries(PORTAL_SECTIONS.map((section) => [section, z.boolean()])) as {
    [S in PortalSection]: z.ZodBoolean;
  },
);

/** `setPortalSections`: the sections a client's portal hides (the rest follow the defaults). */
export const setPortalSectionsInputSchema = z.object({
  clientId: docIdSchema("Missing client."),
  hidden: z
    .array(z.enum(PORTAL_SECTIONS, { error: "Unknown portal section." }))
    .max(PORTAL_SECTIONS.length)
    .transform((sections) => PORTAL_SECTIONS.filter((section) => sections.includes(section))),
});
export type SetPortalSectionsInput = z.input<typeof setPortalSectionsInputSchema>;

export function isPortalSection(value: unknown): value is PortalSection {
  return typeof value === "string" && (PORTAL_SECTIONS as readonly string[]).includes(value);
}
