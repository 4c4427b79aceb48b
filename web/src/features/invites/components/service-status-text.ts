import { getPlatform, isPlatformId } from "@portico/domain/catalogue/platforms";
import { getService, isServiceId } from "@portico/domain/catalogue/services";
import { formatDateTime } from "@portico/domain/format";
import type { StoredInviteService } from "@portico/domain/invites";

/** A grant the client reported by following the steps, which nobody at the agency has checked yet. */
export function awaitsVerification(service: StoredInviteService): boolean {
  return (
    service.status === "granted" &&
    service.grantedVia === "client_confirmed" &&
    service.verifiedAt === null
  );
}

/** The badge's words: "pending", "skipped", "granted" or "granted (client confirmed)". */
export function serviceStatusLabel(service: StoredInviteService): string {
  if (awaitsVerification(service)) return "granted (client confirmed)";
  return service.status;
}

function platformName(serviceId: string): string {
  if (!isServiceId(serviceId)) return "the platform";
  const platform = getService(serviceId).platform;
  return isPlatformId(platform) ? getPlatform(platform).name : platform;
}

const on = (date: Date | null) => (date ? ` on ${formatDateTime(date)}` : "");

/**
 * Why a service is where it is, as short sentences: who granted it and how,
 * the client's account, who verified it, or why it is not granted (yet).
 */
export function serviceStatusDetail(service: StoredInviteService): string[] {
  if (service.status === "pending") return ["Not yet done by the client."];
  if (service.status === "skipped") {
    return [
      service.skipReason
        ? `Skipped by the client: “${service.skipReason}”`
        : "Skipped by the client (no reason given).",
    ];
  }
  const lines: string[] = [];
  if (service.grantedVia === "connector") {
    lines.push(
      `Granted through ${platformName(service.serviceId)} sign-in${on(service.statusChangedAt)}.`,
    );
    if (service.grantedAccount) lines.push(`Client's account: ${service.grantedAccount.name}`);
    if (service.verifiedAt) lines.push("Access checked on the platform.");
  } else if (service.grantedVia === "client_confirmed") {
    lines.push(`The client confirmed they followed the steps${on(service.statusChangedAt)}.`);
    lines.push(
      service.verifiedAt
        ? `Verified by ${service.verifiedBy ?? "a teammate"}${on(service.verifiedAt)}.`
        : `Not verified yet: check on ${platformName(service.serviceId)}, then mark it verified.`,
    );
  } else {
    lines.push(`Granted${on(service.statusChangedAt)}.`);
  }
  return lines;
}
