import { z } from "zod";
import { getService, isServiceId } from "./catalogue/services";

/**
 * The agency's activity feed, at `agencies/{agencyId}/activity/{entryId}`:
 * what staff did to invites and what clients did on them.
 */
export const ACTIVITY_TYPES = [
  "invite_created",
  "invite_edited",
  "reminder_sent",
  "cc_added",
  "service_granted",
  "service_skipped",
  "intake_done",
  "invite_completed",
  "service_verified",
  "token_revealed",
  "invite_link_renewed",
  /** A visitor of an access page (onboarding page) started: the page made the client's invite. */
  "invite_created_by_page",
  /** An access page refused a visitor: the agency's clients-per-day cap was reached. */
  "onboarding_cap_reached",
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const activityDocSchema = z.object({
  type: z.enum(ACTIVITY_TYPES),
  inviteId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  /** The teammate who acted; absent for the client's own steps. */
  actor: z.string().nullish(),
  serviceId: z.string().nullish(),
  email: z.string().nullish(),
  /** The access page an entry is about (invite_created_by_page, onboarding_cap_reached). */
  pageName: z.string().nullish(),
  at: z.date(),
});
export type ActivityEntry = z.output<typeof activityDocSchema>;

function serviceName(serviceId: string | null | undefined): string {
  return serviceId && isServiceId(serviceId) ? getService(serviceId).name : "a service";
}

/** "Acme's", but "Rowan Rugs'". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** One feed line, e.g. "Acme granted Google Ads". */
export function activityText(entry: Omit<ActivityEntry, "at" | "inviteId" | "clientId">): string {
  const actor = entry.actor || "Someone";
  const client = entry.clientName;
  switch (entry.type) {
    case "invite_created":
      return `${actor} sent ${client} an invite`;
    case "invite_edited":
      return `${actor} edited ${possessive(client)} invite`;
    case "reminder_sent":
      return `${actor} sent ${client} a reminder`;
    case "cc_added":
      return `${actor} added ${entry.email ?? "someone"} in CC on ${possessive(client)} invite`;
    case "service_granted":
      return `${client} granted ${serviceName(entry.serviceId)}`;
    case "service_skipped":
      return `${client} skipped ${serviceName(entry.serviceId)}`;
    case "intake_done":
      return `${client} answered the intake form`;
    case "invite_completed":
      return `${possessive(client)} invite is complete`;
    case "service_verified":
      return `${actor} verified ${possessive(client)} ${serviceName(entry.serviceId)} access`;
    case "token_revealed":
      return `${actor} revealed the ${serviceName(entry.serviceId)} token for ${client}`;
    case "invite_link_renewed":
      return `${actor} made a new link for ${possessive(client)} invite; the old one no longer works`;
    case "invite_created_by_page":
      return `${client} started onboarding through the ${entry.pageName ?? ""} access page`;
    case "onboarding_cap_reached":
      return `Access pages reached today's limit of new clients; ${entry.pageName ?? "a page"} refused a visitor`;
  }
}

interface ServiceProgress {
  serviceId: string;
  status: string;
}

/**
 * What the client did between two versions of an invite, as feed entries:
 * each service newly granted or skipped, the intake form once done.
 */
export function clientSteps(
  before: { services: ServiceProgress[]; intake: { status: string } } | null,
  after: { services: ServiceProgress[]; intake: { status: string } },
): { type: "service_granted" | "service_skipped" | "intake_done"; serviceId?: string }[] {
  const steps: {
    type: "service_granted" | "service_skipped" | "intake_done";
    serviceId?: string;
  }[] = [];
  for (const service of after.services) {
    const previous = before?.services.find((s) => s.serviceId === service.serviceId)?.status;
    if (previous === service.status) continue;
    if (service.status === "granted")
      steps.push({ type: "service_granted", serviceId: service.serviceId });
    if (service.status === "skipped")
      steps.push({ type: "service_skipped", serviceId: service.serviceId });
  }
  if (after.intake.status === "done" && before?.intake.status !== "done") {
    steps.push({ type: "intake_done" });
  }
  return steps;
}
