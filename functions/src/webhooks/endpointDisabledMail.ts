import { paths } from "@portico/domain/paths";
import { FAILED_EVENTS_TO_DISABLE } from "@portico/domain/webhooks/deliveries";
import type { DisabledReason } from "@portico/domain/webhooks/endpoints";
import { logger } from "firebase-functions";
import { db } from "../admin";
import { APP_URL } from "../config";
import { converters, refs } from "../documents";
import { queueMail } from "../mail/queueMail";
import { readGeneralSettings } from "../settings/agencySettings";

/**
 * Tells each of the agency's owners that an endpoint was turned off, through
 * the mail outbox. One mail per owner and turn-off (the mail id says which),
 * so a repeated call queues nothing more.
 */
export async function mailOwnersEndpointDisabled(
  agencyId: string,
  endpointId: string,
  disabled: { reason: DisabledReason; url: string; at: Date },
): Promise<void> {
  if (disabled.reason === "manual") return;
  const [owners, agency, settings, { webhookEndpointDisabledEmail }] = await Promise.all([
    db
      .collection(paths.members(agencyId))
      .withConverter(converters.member)
      .where("role", "==", "owner")
      .where("status", "==", "active")
      .get(),
    refs.agency(agencyId).get(),
    readGeneralSettings(agencyId),
    import("@portico/emails/webhook-endpoint-disabled"),
  ]);
  const message = await webhookEndpointDisabledEmail({
    locale: settings.defaultLocale,
    agencyName: agency.data()?.name ?? "Portico",
    url: disabled.url,
    reason: disabled.reason,
    failedEvents: FAILED_EVENTS_TO_DISABLE,
    settingsUrl: `${APP_URL.value()}/settings/webhooks`,
  });
  await Promise.all(
    owners.docs.map(async (owner) => {
      const { email } = owner.data();
      try {
        await queueMail(
          {
            to: email,
            message,
            agencyId,
            template: "webhook-endpoint-disabled",
          },
          { mailId: `webhook-off-${endpointId}-${disabled.at.getTime()}-${owner.id}` },
        );
      } catch (error) {
        // Already queued by an earlier run of the same turn-off.
        if ((error as { code?: number }).code !== 6) {
          logger.error("Webhook turn-off mail not queued", { agencyId, error: String(error) });
        }
      }
    }),
  );
}
