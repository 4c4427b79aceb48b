import { z } from "zod";
import { LOCALES } from "./i18n/locales";
import { DEFAULT_TIME_ZONE, timeZoneSchema } from "./time-zones";

/** `agencies/{agencyId}/settings/general`. */
export const generalSettingsSchema = z.object({
  reminderCooldownHours: z
    .number({ error: "Enter a number of hours." })
    .int("Use whole hours.")
    .min(1, "The cooldown is at least 1 hour.")
    .max(720, "The cooldown is at most 720 hours (30 days)."),
  portalLinkLifetimeDays: z
    .number({ error: "Enter a number of days." })
    .int("Use whole days.")
    .min(1, "A link lives at least 1 day.")
    .max(30, "A link lives at most 30 days."),
  defaultLocale: z.enum(LOCALES, { error: "Choose English, Español or Nederlands." }),
  /** New clients' time zone; agencies saved before zones existed read UTC. */
  defaultTimeZone: timeZoneSchema.default(DEFAULT_TIME_ZONE),
});
export type GeneralSettings = z.output<typeof generalSettingsSchema>;

export const DEFAULT_GENERAL_SETTINGS: GeneralSettings = {
  reminderCooldownHours: 24,
  portalLinkLifetimeDays: 7,
  defaultLocale: "en",
  defaultTimeZone: DEFAULT_TIME_ZONE,
};
