import type { Locale } from "@portico/domain/i18n/locales";
import { resources } from "@portico/domain/i18n/translator";
import { isPortalRefusalDetails } from "@portico/domain/portal-refusals";
import { CallableError } from "../../lib/callable-core";

/**
 * A portal callable's refusal in the client's language: the server sends a
 * code (`details.refusal`), the portal words it from the catalogue, beside
 * its field when it has one. Other errors pass through unchanged.
 */
export function withPortalRefusal(error: unknown, locale: Locale): unknown {
  if (!(error instanceof CallableError) || !isPortalRefusalDetails(error.details)) return error;
  const { refusal, field } = error.details;
  const message = resources[locale].translation.portalRefusals[refusal];
  return new CallableError(message, error.code, field ? { [field]: message } : {}, error.details);
}
