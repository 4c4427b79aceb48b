import { portalAddressPath } from "@portico/domain/portal";
import { type DocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { APP_URL } from "../config";
import { converters, refs, storedData } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { readBranding } from "../settings/agencySettings";
import { clientLocale } from "./portalInvitations";

/** When the member joined, if this write is a join (a new member, or one who accepted again). */
function joinedNow(before: DocumentSnapshot | undefined, after: DocumentSnapshot | undefined) {
  const member = after && storedData(after, converters.portalMember);
  if (member?.status !== "active") return null;
  // Checked, not trusted: a join the server has not stamped yet is not a join.
  const joinedAt: unknown = member.joinedAt;
  if (!(joinedAt instanceof Timestamp)) return null;
  const earlier = before && storedData(before, converters.portalMember)?.joinedAt;
  if (earlier instanceof Timestamp && earlier.isEqual(joinedAt)) return null;
  return joinedAt;
}

/**
 * After someone joins a client portal: a branded welcome in the client's
 * language with the agency's portal address to bookmark. The mail's id is the
 * member and the moment they joined, so a repeated event (or any retry) finds
 * it queued and sends nothing more; rejoining after a revoke is a new welcome.
 * It counts against the agency's daily mail quota; when that is spent the
 * welcome is skipped (the join itself already happened).
 */
export const sendPortalWelcome = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/portalMembers/{uid}",
  async (event) => {
    const { agencyId, clientId, uid } = event.params;
    const joinedAt = joinedNow(event.data?.before, event.data?.after);
    if (!joinedAt) return;
    await queuePortalWelcome(agencyId, clientId, uid, joinedAt);
  },
);

async function queuePortalWelcome(
  agencyId: string,
  clientId: string,
  uid: string,
  joinedAt: Timestamp,
) {
  const mailRef = refs.mail(`portal-welcome-${uid}-${joinedAt.toMillis()}`);
  const memberRef = refs.portalMember(agencyId, clientId, uid);
  const [queued, member, client, branding, sender, { portalWelcomeEmail }] = await Promise.all([
    mailRef.get(),
    memberRef.get(),
    refs.client(agencyId, clientId).get(),
    readBranding(agencyId),
    agencyMailSender(agencyId),
    import("@portico/emails/portal-welcome"),
  ]);
  const memberData = member.data();
  const clientData = client.data();
  if (queued.exists || !memberData || !clientData) return;
  const { email } = memberData;
  const company = clientData.company || clientData.name;
  const message = await portalWelcomeEmail({
    branding,
    locale: clientLocale(clientData.language),
    company,
    name: memberData.displayName || email,
    email,
    portalUrl: `${APP_URL.value()}${portalAddressPath(agencyId)}`,
  });
  try {
    await db.runTransaction(async (tx) => {
      if ((await tx.get(mailRef)).exists) return;
      await chargeMail(tx, { sender, recipients: [email] });
      queueMail(
        { to: email, message, agencyId, relatedPath: memberRef.path, template: "portal-welcome" },
        { tx, mailId: mailRef.id },
      );
    });
  } catch (error) {
    // The limit is logged by chargeMail; a welcome is not worth a retry tomorrow.
    if (error instanceof HttpsError && error.code === "resource-exhausted") return;
    throw error;
  }
}
