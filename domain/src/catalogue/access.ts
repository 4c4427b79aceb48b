import { getService, isServiceId, type ServiceDefinition } from "./services";
import type { AccessLevel } from "./types";

/** Mirrors `ClientType` in ../clients: a Prospect may only be asked for read-only access. */
export type CatalogueClientType = "client" | "prospect";

/** The service's read-only levels, most privileged first. */
export function readOnlyLevels(service: ServiceDefinition): AccessLevel[] {
  return service.accessLevels.filter((level) => level.readOnly);
}

export function hasReadOnlyLevel(service: ServiceDefinition): boolean {
  return service.accessLevels.some((level) => level.readOnly);
}

/**
 * The levels an agency may request: every level for a Client; for a Prospect only
 * the read-only ones, or every level when the platform has no read-only level.
 */
export function allowedAccessLevels(
  service: ServiceDefinition,
  clientType: CatalogueClientType,
): AccessLevel[] {
  if (clientType === "prospect" && hasReadOnlyLevel(service)) return readOnlyLevels(service);
  return [...service.accessLevels];
}

/** False for an unknown service or level, and for a non-read-only level asked of a Prospect. */
export function isAccessLevelAllowed(
  serviceId: string,
  levelId: string,
  clientType: CatalogueClientType,
): boolean {
  if (!isServiceId(serviceId)) return false;
  return allowedAccessLevels(getService(serviceId), clientType).some(
    (level) => level.id === levelId,
  );
}

/**
 * The level to preselect: the service default for a Client. For a Prospect, the
 * least-privileged read-only level that can still open the account (levels are
 * ordered most to least privileged, and "Email only" opens nothing), falling
 * back to the service default when the platform has no read-only level.
 */
export function defaultAccessLevelFor(
  service: ServiceDefinition,
  clientType: CatalogueClientType,
): string {
  if (clientType === "client") return service.defaultAccessLevel;
  const levels = readOnlyLevels(service);
  const usable = levels.filter((level) => !level.notificationsOnly);
  return (usable.at(-1) ?? levels.at(-1))?.id ?? service.defaultAccessLevel;
}
