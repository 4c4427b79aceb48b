import type { Locale } from "../i18n/locales";
import type { PlatformId } from "./platforms";
import { ADS_SERVICES } from "./services-ads";
import { BUSINESS_SERVICES } from "./services-business";
import { GOOGLE_SERVICES } from "./services-google";
import { META_SERVICES } from "./services-meta";
import { STEPS_EN } from "./steps.en";
import { STEPS_ES } from "./steps.es";
import { STEPS_NL } from "./steps.nl";
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

const STEPS: Record<Locale, Record<ServiceId, readonly string[]>> = {
  en: STEPS_EN,
  es: STEPS_ES,
  nl: STEPS_NL,
};

export interface GuidedStepValues {
  /** The receiving account as the agency saved it, e.g. "123-456-7890" or an email. */
  agencyAccount: string;
  /** The requested level's label, e.g. "Read only". */
  accessLevel: string;
}

/**
 * The platform's own steps for granting access to `serviceId`, in `locale`, naming
 * the agency's receiving account and the requested access level. Used for guided
 * services, and as the fallback when signing in with the platform is not possible.
 */
export function guidedSteps(
  serviceId: ServiceId,
  locale: Locale,
  values: GuidedStepValues,
): string[] {
  const steps = STEPS[locale][serviceId];
  return steps.map((step) =>
    step.replace(
      /\{\{(agencyAccount|accessLevel)\}\}/g,
      (_match, name: keyof GuidedStepValues) => values[name],
    ),
  );
}
