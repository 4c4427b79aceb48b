import type { IntakeStatus, InviteStatus, ServiceStatus } from "./invites";

/*
 * The one status of an invite, as the agency's board, the client's invite
 * page and the portal all show it. Pure and free of zod, so the light invite
 * page can import it.
 */

export interface InviteProgress {
  services: { optional: boolean; status: ServiceStatus }[];
  intake: { status: IntakeStatus };
}

/**
 * Whether the client can (and should) still act on a service: it is waiting,
 * or it is required and was skipped. A skipped required service keeps the
 * request open: the agency still needs it, and the client may give it later.
 */
export function serviceStillNeeded(service: { optional: boolean; status: ServiceStatus }): boolean {
  return service.status === "pending" || (service.status === "skipped" && !service.optional);
}

/**
 * Complete when every required service is granted and the intake form is done
 * (when it was requested); in progress once the client has done anything.
 */
export function inviteStatus(invite: InviteProgress): InviteStatus {
  const requiredGranted = invite.services.every(
    (service) => service.optional || service.status === "granted",
  );
  const intakeDone = invite.intake.status !== "pending";
  if (requiredGranted && intakeDone) return "complete";
  const started =
    invite.services.some((service) => service.status !== "pending") ||
    invite.intake.status === "done";
  return started ? "in_progress" : "pending";
}
