import { translator } from "@portico/domain/i18n/translator";
import type { PortalRefusal, PortalRefusalDetails } from "@portico/domain/portal-refusals";
import { type FunctionsErrorCode, HttpsError } from "firebase-functions/v2/https";

/**
 * A portal callable's refusal: its code in the details (the portal words it
 * in the client's language), English text for everyone else. With `field`,
 * the message also stands beside that field, as invalid-argument answers do.
 */
export function portalRefusal(
  code: FunctionsErrorCode,
  refusal: PortalRefusal,
  field?: string,
): HttpsError {
  const message = translator("en")(`portalRefusals.${refusal}`);
  const details: PortalRefusalDetails & { fields?: Record<string, string> } = field
    ? { refusal, field, fields: { [field]: message } }
    : { refusal };
  return new HttpsError(code, message, details);
}
