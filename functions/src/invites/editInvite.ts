import type { ClientType } from "@portico/domain/clients";
import { inviteAccountIds } from "@portico/domain/connected-accounts";
import type { Locale } from "@portico/domain/i18n/locales";
import {
  editInviteInputSchema,
  editServiceProblems,
  invitePlatforms,
  mergeEditedServices,
  NO_EMAIL_FOR_UPDATE_MESSAGE,
  type RequestedService,
  type ServiceStatus,
} from "@portico/domain/invites";
import { accessRequestCooldownMs } from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { callable, parseInput } from "../callable";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { agencyMailSender, chargeMail } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { readGeneralSettings } from "../settings/agencySettings";
import { requireEditor } from "../staff";
import { renderAccessRequestMail } from "./accessRequestMail";
import { inviteLinkVersion } from "./inviteLink";
import { pendingServiceRecord } from "./inviteRecord";
import { assertSameLink } from "./rotateLink";

interface StoredService {
  serviceId: string;
  accessLevel: string;
  optional: boolean;
  connectedAccount: { id: string };
  status: ServiceStatus;
  statusChangedAt: unknown;
  skipReason: string | null;
}

const asRequested = (service: StoredService): RequestedService & { status: ServiceStatus } => ({
  serviceId: service.serviceId as RequestedService["serviceId"],
  accessLevel: service.accessLevel,
  connectedAccountId: service.connectedAccount.id,
  optional: service.optional,
  status: service.status,
});

/**
 * Edit an invite: add or remove services, change levels or the receiving
 * account. A changed service goes back to pending; "Send email update" emails
 * the client the current list. The status trigger recomputes the invite status.
 */
export const editInvite = callable({ secrets: [INVITE_LINK_KEY] }, async (request) => {
  const staff = await requireEditor(request);
  const input = parseInput(editInviteInputSchema, request.data);
  const ref = refs.invite(staff.agencyId, input.inviteId);
  const [invite, accountsSnap] = await Promise.all([
    ref.get(),
    db.collection(paths.connectedAccounts(staff.agencyId)).get(),
  ]);
  if (!invite.exists) throw new HttpsError("not-found", "This invite no longer exists.");

  const accounts = accountsSnap.docs.map((doc) => ({
    id: doc.id,
    ...(doc.data() as { kind: string; label: string; value: string }),
  }));
  const problems = editServiceProblems(
    input.services,
    invite.get("client.type") as ClientType,
    accounts,
    (invite.get("services") as StoredService[]).map(asRequested),
  );
  if (input.sendEmailUpdate && !(invite.get("client.email") as string)) {
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
        to: invite.get("client.email") as string,
        cc: (invite.get("cc") as string[] | undefined) ?? [],
        clientName: invite.get("client.name") as string,
        locale: invite.get("client.language") as Locale,
        serviceIds: input.services.map((service) => service.serviceId),
        intakeForm: invite.get("intake.requested") === true,
        variant: "update",
      })
    : null;
  // An email update is a re-send to the client and the CCs: it waits out the reminder cooldown.
  const [sender, settings] = mail
    ? await Promise.all([agencyMailSender(staff.agencyId), readGeneralSettings(staff.agencyId)])
    : [null, null];

  await db.runTransaction(async (tx) => {
    const current = await tx.get(ref);
    if (!current.exists) throw new HttpsError("not-found", "This invite no longer exists.");
    if (mail) assertSameLink(current, inviteLinkVersion(invite));
    const stored = current.get("services") as StoredService[];
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
    tx.update(ref, {
      services,
      platforms: invitePlatforms(services),
      connectedAccountIds: inviteAccountIds(services),
      updatedAt: FieldValue.serverTimestamp(),
    });
    tx.create(refs.activity(staff.agencyId).doc(), {
      type: "invite_edited",
      inviteId: input.inviteId,
      clientId: current.get("clientId") as string,
      clientName: current.get("client.name") as string,
      actor: staff.displayName,
      at: FieldValue.serverTimestamp(),
    });
    if (mail) queueMail(mail, { tx });
  });
  return { inviteId: input.inviteId };
});
