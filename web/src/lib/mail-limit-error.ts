import type { Locale } from "@portico/domain/i18n/locales";
import {
  isMailLimitDetails,
  type MailLimitDetails,
  mailLimitMessage,
} from "@portico/domain/mail-quota";
import { CallableError } from "./callable-core";

/** The details of a refusal by a mail limit (`resource-exhausted`), or null for any other error. */
export function mailLimitOf(error: unknown): MailLimitDetails | null {
  return error instanceof CallableError &&
    error.code === "resource-exhausted" &&
    isMailLimitDetails(error.details)
    ? error.details
    : null;
}

/**
 * A mail-limit refusal reworded for the reader: their language and their own
 * clock for the time it resets (the server's message says UTC). Other errors
 * pass through unchanged.
 */
export function withMailLimitMessage(error: unknown, locale: Locale): unknown {
  const details = mailLimitOf(error);
  if (!details || !(error instanceof CallableError)) return error;
  return new CallableError(
    mailLimitMessage(details, locale),
    error.code,
    error.fields,
    error.details,
  );
}
