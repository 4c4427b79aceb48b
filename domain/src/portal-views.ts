import { z } from "zod";
import { LOCALES, type Locale } from "./i18n/locales";
import {
  INVITE_STATUSES,
  type InviteStatus,
  SERVICE_STATUSES,
  type ServiceStatus,
} from "./invites";
import {
  LEGACY_PORTAL_SECTIONS,
  type PortalSection,
  portalSectionsSchema,
  resolvePortalSections,
  type SectionFacts,
} from "./portal-sections";
import { DEFAULT_TIME_ZONE } from "./time-zones";

/*
 * What a client's portal users read: projections of the agency's client and
 * invite documents, kept by functions (syncPortalClientView,
 * syncPortalInviteView), with only the fields the portal pages show. The raw
 * documents carry the agency's own notes (metadata), search tokens, who
 * created what, CC addresses and the agency's receiving accounts; rules keep
 * portal users away from them.
 *
 *   agencies/{a}/clients/{c}/portalViews/client      the client (portal header, language, time zone, sections)
 *   agencies/{a}/clients/{c}/portalInvites/{inviteId} each access request (portal home)
 *
 * The functions below are the whole of the projection: anything not listed
 * here never reaches a portal user.
 */

/** `agencies/{a}/clients/{c}/portalViews/client`: the client as the portal shows it. */
export const portalClientViewSchema = z.object({
  name: z.string(),
  language: z.enum(LOCALES),
  /** Call and booking times on the portal; views written before zones existed read UTC. */
  timeZone: z.string().default(DEFAULT_TIME_ZONE),
  /** The sections the portal shows (portal-sections.ts); views written before them show calls and bookings. */
  sections: portalSectionsSchema.default(LEGACY_PORTAL_SECTIONS),
});
export type PortalClientView = z.output<typeof portalClientViewSchema>;

/** `agencies/{a}/clients/{c}/portalInvites/{inviteId}`: an access request as the portal shows it. */
export const portalInviteViewSchema = z.object({
  status: z.enum(INVITE_STATUSES),
  services: z.array(z.object({ serviceId: z.string(), status: z.enum(SERVICE_STATUSES) })),
  createdAt: z.date(),
});
export type PortalInviteView = z.output<typeof portalInviteViewSchema>;

/** The fields of a client document the projection reads. */
export interface ClientViewSource {
  name: string;
  language: Locale;
  /** Absent on clients stored before time zones existed. */
  timeZone?: string | undefined;
  /** The sections the agency hid from this client's portal. */
  hiddenPortalSections?: readonly PortalSection[] | undefined;
}

/** The fields of an invite document the projection reads; `Time` is Date or a Firestore Timestamp. */
export interface InviteViewSource<Time> {
  status: InviteStatus;
  services: readonly { serviceId: string; status: ServiceStatus }[];
  createdAt: Time;
}

/**
 * A client document and what its sections depend on -> its portal view
 * (nothing but the name, the language, the time zone and the sections shown).
 */
export function portalClientView(client: ClientViewSource, facts: SectionFacts): PortalClientView {
  return {
    name: client.name,
    language: client.language,
    timeZone: client.timeZone ?? DEFAULT_TIME_ZONE,
    sections: resolvePortalSections(client.hiddenPortalSections ?? [], facts),
  };
}

/**
 * An invite document -> its portal view: its status, when it was asked for,
 * and each service's status (the portal names services from the catalogue).
 * The time value is copied as it is, so functions keep the stored Timestamp.
 */
export function portalInviteView<Time>(invite: InviteViewSource<Time>): {
  status: InviteStatus;
  services: { serviceId: string; status: ServiceStatus }[];
  createdAt: Time;
} {
  return {
    status: invite.status,
    services: invite.services.map(({ serviceId, status }) => ({ serviceId, status })),
    createdAt: invite.createdAt,
  };
}
