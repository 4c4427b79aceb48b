import type { Locale } from "../i18n/locales";
import type { ServiceId } from "./services";
import { STEPS_EN } from "./steps.en";
import { STEPS_ES } from "./steps.es";
import { STEPS_NL } from "./steps.nl";

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
