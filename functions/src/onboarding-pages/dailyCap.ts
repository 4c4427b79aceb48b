import { ONBOARDING_DAILY_CLIENT_CAP } from "@portico/domain/onboarding-pages/page";
import { Timestamp, type Transaction } from "firebase-admin/firestore";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { APP_URL } from "../config";
import { refs } from "../documents";
import { queueMail } from "../mail/queueMail";
import { onboardingRefs } from "./onboardingDocuments";

/** The UTC day a client created now counts against. */
export function capDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether the agency still has room for one more client today (read in the transaction). */
export async function readCap(tx: Transaction, agencyId: string, day: string) {
  const ref = onboardingRefs.cap(agencyId, day);
  const count = (await tx.get(ref)).data()?.count ?? 0;
  return {
    full: count >= ONBOARDING_DAILY_CLIENT_CAP,
    /** Counts one more client (a write: after the transaction's reads). */
    count: () =>
      tx.set(
        ref.withConverter(null),
        {
          agencyId,
          day,
          count: count + 1,
          notifiedAt: null,
          // Kept a day past its own, then deleted by TTL.
          expiresAt: Timestamp.fromMillis(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000),
        },
        { mergeFields: ["agencyId", "day", "count", "expiresAt"] },
      ),
  };
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * Tells the agency, once per day, that its access pages stopped creating
 * clients: an activity entry and a mail to each active owner, queued in the
 * transaction that marks the day notified.
 */
export async function notifyCapReached(agencyId: string, day: string, pageName: string) {
  const owners = await refs
    .members(agencyId)
    .where("role", "==", "owner")
    .where("status", "==", "active")
    .limit(20)
    .get();
  const recipients = owners.docs
    .map((owner) => ({ uid: owner.id, email: owner.data().email }))
    .filter((owner) => owner.email);
  const ref = onboardingRefs.cap(agencyId, day);
  await db.runTransaction(async (tx) => {
    const cap = (await tx.get(ref)).data();
    if (cap?.notifiedAt) return;
    tx.set(ref.withConverter(null), { notifiedAt: Timestamp.now() }, { merge: true });
    recordActivity(
      tx,
      agencyId,
      { type: "onboarding_cap_reached", inviteId: "", clientId: "", clientName: "", pageName },
      { entryId: `onboarding-cap-${day}` },
    );
    const text = `Your access pages created ${ONBOARDING_DAILY_CLIENT_CAP} clients today, the daily limit. "${pageName}" has refused a visitor; pages take new visitors again tomorrow (UTC).\n\n${APP_URL.value()}/access-pages`;
    for (const owner of recipients) {
      queueMail(
        {
          to: owner.email,
          agencyId,
          template: "onboarding-cap-reached",
          message: {
            subject: "Your access pages reached today's limit of new clients",
            text,
            html: `<p>${escapeHtml(text).replace(/\n\n/g, "</p><p>")}</p>`,
          },
        },
        { tx, mailId: `onboarding-cap-${agencyId}-${day}-${owner.uid}` },
      );
    }
  });
}
