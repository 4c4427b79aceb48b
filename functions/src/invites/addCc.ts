import { addCcCallable } from "@portico/domain/callables/invites";
import { MAX_CC } from "@portico/domain/invites";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { invalidField } from "../callable";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { serve } from "../serve";
import { renderAccessRequestMail } from "./accessRequestMail";
import { inviteLinkVersion } from "./inviteLink";
import { assertSameLink } from "./rotateLink";

/** Add CC: another person receives the invite email; never the client's own address. */
export const addCc = serve(addCcCallable, { secrets: [INVITE_LINK_KEY] }, async (input, staff) => {
  const { inviteId, email } = input;
  const ref = refs.invite(staff.agencyId, inviteId);
  const invite = await ref.get();
  const stored = invite.data();
  if (!stored) throw new HttpsError("not-found", "This invite no longer exists.");

  const [mail, sender] = await Promise.all([
    renderAccessRequestMail({
      agencyId: staff.agencyId,
      invitePath: ref.path,
      linkVersion: inviteLinkVersion(invite),
      to: email,
      cc: [],
      clientName: stored.client.name,
      locale: stored.client.language,
      serviceIds: stored.services.map((service) => service.serviceId),
      intakeForm: stored.intake.requested === true,
      variant: "request",
    }),
    agencyMailSender(staff.agencyId),
  ]);

  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    assertSameLink(snapshot, inviteLinkVersion(invite));
    const current = snapshot.data();
    if (!current) throw new HttpsError("not-found", "This invite no longer exists.");
    const cc = current.cc ?? [];
    if (email === current.client.email.toLowerCase()) {
      throw invalidField(
        "email",
        "That is the client's own address. Use Send Reminder to email the client again.",
      );
    }
    if (cc.includes(email)) throw invalidField("email", "This address is already CC'd.");
    if (cc.length >= MAX_CC)
      throw invalidField("email", `An invite can have at most ${MAX_CC} CC recipients.`);
    await chargeMail(tx, { sender, recipients: [email] });
    tx.update(ref, { cc: FieldValue.arrayUnion(email), updatedAt: FieldValue.serverTimestamp() });
    queueMail(mail, { tx, mailId: `${inviteId}-cc-${Buffer.from(email).toString("base64url")}` });
    recordActivity(tx, staff.agencyId, {
      type: "cc_added",
      inviteId,
      clientId: current.clientId,
      clientName: current.client.name,
      actor: staff.displayName,
      email,
    });
  });
  return { inviteId, email };
});
