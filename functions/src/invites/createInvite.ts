import { createInviteCallable } from "@portico/domain/callables/invites";
import { type IntakeForm, intakeFormOffered, intakeFormSchema } from "@portico/domain/intake";
import type { CreateInviteFields } from "@portico/domain/invites";
import { inviteServiceProblems, noEmailForInviteMessage } from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import { addDays, INVITE_LINK_LIFETIME_DAYS } from "@portico/domain/tokens";
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
import type { Actor } from "../staff";
import { issueToken } from "../tokens/invitationTokens";
import { renderAccessRequestMail } from "./accessRequestMail";
import { inviteToken, inviteUrl } from "./inviteLink";
import { newInviteRecord } from "./inviteRecord";
import { countInviteChange } from "./inviteStats";

const secrets = [INVITE_LINK_KEY];

/**
 * Create Invite: validates the whole request (client, services, levels,
 * connected accounts, intake form), then writes the invite with a snapshot of
 * the client, its link token, the email to the client and an activity entry in
 * one transaction. Errors say which service or field is wrong.
 */
export const createInvite = serve(createInviteCallable, { secrets }, (input, staff) =>
  createInviteFor(staff, input),
);

/**
 * Create Invite's work, for the callable and the REST API alike (the caller
 * declares INVITE_LINK_KEY among its secrets).
 */
export async function createInviteFor(staff: Actor, input: CreateInviteFields) {
  const [clientSnap, accountsSnap, intakeSnap] = await Promise.all([
    refs.client(staff.agencyId, input.clientId).get(),
    refs.connectedAccounts(staff.agencyId).get(),
    db.doc(paths.settings(staff.agencyId, "intakeForm")).get(),
  ]);
  const stored = clientSnap.data();
  if (!stored) throw invalidField("clientId", "Choose or create a client first.");
  const client = {
    name: stored.name,
    company: stored.company,
    email: stored.email,
    faviconUrl: stored.faviconUrl ?? null,
    type: stored.type,
    language: stored.language,
  };
  const accounts = accountsSnap.docs.map((doc) => ({ id: doc.id, ...doc.data() }));
  const problems = inviteServiceProblems(input.services, client.type, accounts);
  const intake: IntakeForm | null = intakeSnap.exists
    ? intakeFormSchema.parse(intakeSnap.data())
    : null;
  if (input.intakeForm && !intakeFormOffered(intake)) {
    problems.intakeForm =
      "Your intake form is turned off or has no questions (Settings → Intake form).";
  }
  if (input.sendEmail && !client.email) {
    problems.sendEmail = noEmailForInviteMessage(client.name);
  }
  if (Object.keys(problems).length > 0) {
    throw new HttpsError("invalid-argument", "Some choices need attention.", { fields: problems });
  }

  const inviteRef = refs.invites(staff.agencyId).doc();
  const record = newInviteRecord({
    clientId: input.clientId,
    client,
    services: input.services,
    accounts,
    intakeForm: input.intakeForm,
    thankYouMessage: input.thankYouMessage,
    redirectUrl: input.redirectUrl,
    retainTokens: input.retainTokens,
    createdBy: { uid: staff.uid, name: staff.displayName },
  });
  const mail = input.sendEmail
    ? await renderAccessRequestMail({
        agencyId: staff.agencyId,
        invitePath: inviteRef.path,
        linkVersion: 0,
        to: client.email,
        cc: [],
        clientName: client.name,
        locale: client.language,
        serviceIds: input.services.map((service) => service.serviceId),
        intakeForm: input.intakeForm,
        variant: "request",
      })
    : null;
  const sender = mail ? await agencyMailSender(staff.agencyId) : null;

  await db.runTransaction(async (tx) => {
    const current = await tx.get(clientSnap.ref);
    if (!current.exists) throw invalidField("clientId", "This client was deleted meanwhile.");
    if (mail && sender) await chargeMail(tx, { sender, recipients: [mail.to] });
    issueToken(tx, inviteToken(inviteRef.path, 0), {
      kind: "invite",
      agencyId: staff.agencyId,
      clientId: input.clientId,
      subjectPath: inviteRef.path,
      expiresAt: addDays(new Date(), INVITE_LINK_LIFETIME_DAYS),
    });
    tx.create(inviteRef, {
      ...record,
      linkVersion: 0,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    tx.update(clientSnap.ref, {
      latestInvite: {
        inviteId: inviteRef.id,
        status: record.status,
        createdAt: new Date(),
        services: record.services.length,
      },
    });
    recordActivity(tx, staff.agencyId, {
      type: "invite_created",
      inviteId: inviteRef.id,
      clientId: input.clientId,
      clientName: client.name,
      actor: staff.displayName,
    });
    countInviteChange(tx, staff.agencyId, { added: record.status });
    if (mail) queueMail(mail, { tx });
  });
  return { inviteId: inviteRef.id, url: inviteUrl(inviteRef.path, 0) };
}
