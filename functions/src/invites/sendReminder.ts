import { sendReminderCallable } from "@portico/domain/callables/invites";
import { nextReminderAt, reminderAllowed } from "@portico/domain/invites";
import { accessRequestCooldownMs } from "@portico/domain/mail-quota";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { serve } from "../serve";
import { readGeneralSettings } from "../settings/agencySettings";
import type { Staff } from "../staff";
import { renderAccessRequestMail } from "./accessRequestMail";
import { inviteLinkVersion } from "./inviteLink";
import { assertSameLink } from "./rotateLink";

const secrets = [INVITE_LINK_KEY];

/**
 * Send Reminder. The agency's cooldown is checked and the reminder recorded in
 * one transaction, and the mail has a deterministic id, so any number of
 * simultaneous clicks send exactly one email. Inside the cooldown it answers
 * `resource-exhausted` with the time a reminder is allowed again.
 */
export const sendReminder = serve(sendReminderCallable, { secrets }, async (input, staff) => {
  const { inviteId } = input;
  return sendInviteReminder(staff, inviteId);
});

export async function sendInviteReminder(
  staff: Pick<Staff, "agencyId" | "displayName">,
  inviteId: string,
) {
  const ref = refs.invite(staff.agencyId, inviteId);
  const [invite, settings] = await Promise.all([ref.get(), readGeneralSettings(staff.agencyId)]);
  const stored = invite.data();
  if (!stored) throw new HttpsError("not-found", "This invite no longer exists.");
  if (stored.status === "complete") {
    throw new HttpsError(
      "failed-precondition",
      "This invite is complete; there is nothing to remind about.",
    );
  }
  const { email } = stored.client;
  if (!email)
    throw new HttpsError(
      "failed-precondition",
      "This client has no email address. Copy the link instead.",
    );

  const cooldown = settings.reminderCooldownHours;
  const cooldownError = (lastSentAt: Date) => {
    const next = nextReminderAt(lastSentAt, cooldown) as Date;
    return new HttpsError(
      "resource-exhausted",
      `A reminder was sent recently. The next one can go out at ${next.toISOString()}.`,
      {
        nextReminderAt: next.toISOString(),
      },
    );
  };
  const lastSeen = stored.reminders.lastSentAt?.toDate() ?? null;
  if (!reminderAllowed(new Date(), lastSeen, cooldown)) throw cooldownError(lastSeen as Date);

  const [mail, sender] = await Promise.all([
    renderAccessRequestMail({
      agencyId: staff.agencyId,
      invitePath: ref.path,
      linkVersion: inviteLinkVersion(invite),
      to: email,
      cc: stored.cc ?? [],
      clientName: stored.client.name,
      locale: stored.client.language,
      serviceIds: stored.services.map((service) => service.serviceId),
      intakeForm: stored.intake.requested === true,
      variant: "reminder",
    }),
    agencyMailSender(staff.agencyId),
  ]);

  const sentAt = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    assertSameLink(snapshot, inviteLinkVersion(invite));
    const current = snapshot.data();
    if (!current) throw new HttpsError("not-found", "This invite no longer exists.");
    const lastSentAt = current.reminders.lastSentAt?.toDate() ?? null;
    const now = new Date();
    if (!reminderAllowed(now, lastSentAt, cooldown)) throw cooldownError(lastSentAt as Date);
    // The same people may have had an email update or another invite's reminder meanwhile.
    await chargeMail(
      tx,
      {
        sender,
        recipients: [mail.to, ...(mail.cc ?? [])],
        resend: { stream: "access-request", cooldownMs: accessRequestCooldownMs(cooldown) },
      },
      now,
    );
    const count = (current.reminders.count ?? 0) + 1;
    tx.update(ref, {
      reminders: { count, lastSentAt: Timestamp.fromDate(now) },
      updatedAt: FieldValue.serverTimestamp(),
    });
    queueMail(mail, { tx, mailId: `${inviteId}-reminder-${count}` });
    recordActivity(tx, staff.agencyId, {
      type: "reminder_sent",
      inviteId,
      clientId: current.clientId,
      clientName: current.client.name,
      actor: staff.displayName,
    });
    return now;
  });
  return { nextReminderAt: (nextReminderAt(sentAt, cooldown) as Date).toISOString() };
}
