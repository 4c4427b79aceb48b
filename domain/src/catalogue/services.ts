import type { PlatformId } from "./platforms";
import { ADS_SERVICES } from "./services-ads";
import { BUSINESS_SERVICES } from "./services-business";
import { GOOGLE_SERVICES } from "./services-google";
import { META_SERVICES } from "./services-meta";
import type { ServiceSpec } from "./types";

export type { AccessLevel, GrantMethod } from "./types";

const SERVICE_LIST = [
  ...GOOGLE_SERVICES,
  ...META_SERVICES,
  ...ADS_SERVICES,
  ...BUSINESS_SERVICES,
] as const;

/** Every service id, e.g. "google-ads", "google-analytics-4", "meta-ad-account". */
export type ServiceId = (typeof SERVICE_LIST)[number]["id"];

/** One thing an agency can ask a client for, with the platform's real access levels. */
export interface ServiceDefinition extends ServiceSpec {
  id: ServiceId;
}

/** The service catalogue, grouped by platform in the order the invite builder shows them. */
export const SERVICES: readonly ServiceDefinition[] = SERVICE_LIST;

const byId = new Map<string, ServiceDefinition>(SERVICES.map((service) => [service.id, service]));

export function isServiceId(value: unknown): value is ServiceId {
  return typeof value === "string" && byId.has(value);
}

export function getService(id: ServiceId): ServiceDefinition {
  const service = byId.get(id);
  if (!service) throw new Error(`Unknown service: ${id}`);
  return service;
}

export function servicesForPlatform(platform: PlatformId): ServiceDefinition[] {
  return SERVICES.filter((service) => service.platform === platform);
}
