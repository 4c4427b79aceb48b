import { editInviteCallable } from "@portico/domain/callables/invites";
import { inviteAccountIds } from "@portico/domain/connected-accounts";
import {
  editServiceProblems,
  invitePlatforms,
  mergeEditedServices,
  NO_EMAIL_FOR_UPDATE_MESSAGE,
  type RequestedService,
  type ServiceStatus,
} from "@portico/domain/invites";
import { accessRequestCooldownMs } from "@portico/domain/mail-quota";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { INVITE_LINK_KEY } from "../config";
import { refs, type StoredInviteService } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { serve } from "../serve";
import { readGeneralSettings } from "../settings/agencySettings";
import { renderAccessRequestMail } from "./accessRequestMail";
import { inviteLinkVersion } from "./inviteLink";
import { readInviteProgress } from "./inviteProgress";
import { pendingServiceRecord } from "./inviteRecord";
import { assertSameLink } from "./rotateLink";

const asRequested = (
  service: StoredInviteService,
): RequestedService & { status: ServiceStatus } => ({
  serviceId: service.serviceId as RequestedService["serviceId"],
  accessLevel: service.accessLevel,
  connectedAccountId: service.connectedAccount.id,
  optional: service.optional,
  status: service.status,
});

const secrets = [INVITE_LINK_KEY];

/**
 * Edit an invite: add or remove services, change levels or the receiving
 * account. A changed service goes back to pending; "Send email update" emails
 * the client the current list. The status trigger recomputes the invite status.
 */
export const editInvite = serve(editInviteCallable, { secrets }, async (input, staff) => {
  const ref = refs.invite(staff.agencyId, input.inviteId);
  const [invite, accountsSnap] = await Promise.all([
    ref.get(),
    refs.connectedAccounts(staff.agencyId).get(),
  ]);
  const read = invite.data();
  if (!read) throw new HttpsError("not-found", "This invite no longer exists.");

  const accounts = accountsSnap.docs.map((doc) => ({ id: doc.id, ...doc.data() }));
  const problems = editServiceProblems(
    input.services,
    read.client.type,
    accounts,
    read.services.map(asRequested),
  );
  if (input.sendEmailUpdate && !read.client.email) {
    problems.sendEmailUpdate = NO_EMAIL_FOR_UPDATE_MESSAGE;
  }
  if (Object.keys(problems).length > 0) {
    throw new HttpsError("invalid-argument", "Some choices need attention.", { fields: problems });
  }

  const mail = input.sendEmailUpdate
    ? await renderAccessRequestMail({
        agencyId: staff.agencyId,
        invitePath: ref.path,
        linkVersion: inviteLinkVersion(invite),
        to: read.client.email,
        cc: read.cc ?? [],
        clientName: read.client.name,
        locale: read.client.language,
        serviceIds: input.services.map((service) => service.serviceId),
        intakeForm: read.intake.requested === true,
        variant: "update",
      })
    : null;
  // An email update is a re-send to the client and the CCs: it waits out the reminder cooldown.
  const [sender, settings] = mail
    ? await Promise.all([agencyMailSender(staff.agencyId), readGeneralSettings(staff.agencyId)])
    : [null, null];

  await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const current = snapshot.data();
    if (!current) throw new HttpsError("not-found", "This invite no longer exists.");
    if (mail) assertSameLink(snapshot, inviteLinkVersion(invite));
    const writeProgress = await readInviteProgress(tx, staff.agencyId, input.inviteId, current);
    const stored = current.services;
    const merged = mergeEditedServices(stored.map(asRequested), input.services);
    const services = merged.map((service) => {
      const before = stored.find((candidate) => candidate.serviceId === service.serviceId);
      if (before && !service.changed) return { ...before, optional: service.optional };
      return pendingServiceRecord(service, accounts);
    });
    if (mail && sender && settings) {
      await chargeMail(tx, {
        sender,
        recipients: [mail.to, ...(mail.cc ?? [])],
        resend: {
          stream: "access-request",
          cooldownMs: accessRequestCooldownMs(settings.reminderCooldownHours),
        },
      });
    }
    writeProgress({
      services,
      fields: {
        platforms: invitePlatforms(services),
        connectedAccountIds: inviteAccountIds(services),
      },
    });
    recordActivity(tx, staff.agencyId, {
      type: "invite_edited",
      inviteId: input.inviteId,
      clientId: current.clientId,
      clientName: current.client.name,
      actor: staff.displayName,
    });
    if (mail) queueMail(mail, { tx });
  });
  return { inviteId: input.inviteId };
});
