import { createHash } from "node:crypto";
import type { Locale } from "@portico/domain/i18n/locales";
import { FieldValue } from "firebase-admin/firestore";
import { porticoActionUrl } from "../account/actionLinks";
import { auth, db } from "../admin";
import { invalidField } from "../callable";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { readBranding } from "../settings/agencySettings";
import { addressUse } from "./portalAccounts";

/** Active portal users who sign in with the client's contact address `email`. */
async function portalUsersSignedInWith(agencyId: string, clientId: string, email: string) {
  if (!email) return [];
  const members = await refs
    .portalMembers(agencyId, clientId)
    .where("status", "==", "active")
    .where("email", "==", email)
    .get();
  return members.docs;
}

/**
 * Before the contact address of a client with an active portal changes:
 * refuses a new address that another user of this same portal signs in with
 * (the agency sees that team). Any other account's address is answered like a
 * free one: requestPortalLoginChange then tells only the address's owner.
 */
export async function assertPortalLoginCanMove(
  agencyId: string,
  clientId: string,
  oldEmail: string,
  newEmail: string,
) {
  if (!newEmail || oldEmail === newEmail) return;
  if ((await portalUsersSignedInWith(agencyId, clientId, oldEmail)).length === 0) return;
  const use = await addressUse(newEmail, agencyId, clientId);
  if (use.kind === "thisPortal") {
    throw invalidField("email", "This address is already a portal user's sign-in.");
  }
}

/**
 * After acceptance, a new contact address becomes the sign-in address only
 * once it is verified: the portal user signed in with the old address gets
 * Firebase Auth's verify-and-change link at the new one (branded, in the
 * client's language) and keeps the old sign-in until they open it. An address
 * another account already uses can never become the sign-in: it gets a notice
 * instead, and the agency sees the same pending change. One email per user
 * and new address, however often this runs.
 */
export async function requestPortalLoginChange(
  agencyId: string,
  clientId: string,
  oldEmail: string,
  newEmail: string,
) {
  if (!newEmail || oldEmail === newEmail) return;
  const members = await portalUsersSignedInWith(agencyId, clientId, oldEmail);
  if (members.length === 0) return;
  const [client, branding, use, { portalEmailChangeEmail }, { portalAddressUnavailableEmail }] =
    await Promise.all([
      refs.client(agencyId, clientId).get(),
      readBranding(agencyId),
      addressUse(newEmail, agencyId, clientId),
      import("@portico/emails/portal-email-change"),
      import("@portico/emails/portal-address-unavailable"),
    ]);
  const locale = client.data()?.language ?? "en";
  const clientName = client.data()?.name ?? "";
  const sender = await agencyMailSender(agencyId);
  for (const member of members) {
    const message =
      use.kind === "free"
        ? await portalEmailChangeEmail({
            branding,
            locale,
            clientName,
            name: member.data().displayName || oldEmail,
            oldEmail,
            confirmUrl: await portalEmailChangeUrl(oldEmail, newEmail, locale),
          })
        : await portalAddressUnavailableEmail({
            branding,
            locale,
            clientName,
            inviterName: branding.displayName,
          });
    const mailId = `portal-email-change-${member.id}-${createHash("sha256").update(newEmail).digest("hex").slice(0, 20)}`;
    await db.runTransaction(async (tx) => {
      const queued = await tx.get(refs.mail(mailId));
      if (!queued.exists) await chargeMail(tx, { sender, recipients: [newEmail] });
      tx.update(member.ref, { pendingEmail: newEmail, updatedAt: FieldValue.serverTimestamp() });
      if (queued.exists) return;
      queueMail(
        {
          to: newEmail,
          cc: [],
          message,
          agencyId,
          relatedPath: member.ref.path,
          template: use.kind === "free" ? "portal-email-change" : "portal-address-unavailable",
        },
        { tx, mailId },
      );
    });
  }
}

/**
 * Portico's own page completes the change (`/portal/confirm-email`, in the
 * client's language), with the one-time code Firebase Auth issued.
 */
async function portalEmailChangeUrl(oldEmail: string, newEmail: string, locale: Locale) {
  const firebaseLink = await auth.generateVerifyAndChangeEmailLink(oldEmail, newEmail);
  return porticoActionUrl(firebaseLink, "/portal/confirm-email", { lang: locale });
}
