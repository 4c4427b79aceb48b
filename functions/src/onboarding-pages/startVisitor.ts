import type { ClientFields } from "@portico/domain/clients";
import type { RequestedService } from "@portico/domain/invites";
import type { VisitorDetails } from "@portico/domain/onboarding-pages/public-page";
import { addDays, INVITE_LINK_LIFETIME_DAYS } from "@portico/domain/tokens";
import {
  type DocumentReference,
  FieldValue,
  Timestamp,
  type Transaction,
} from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { derivedClientFields } from "../clients/clientRecord";
import { countClientChange } from "../clients/clientStats";
import { refs, type StoredInvite } from "../documents";
import { inviteToken } from "../invites/inviteLink";
import { newInviteRecord, type ReceivingAccount } from "../invites/inviteRecord";
import { countInviteChange } from "../invites/inviteStats";
import { chargeMail, type MailSender } from "../mail/mailQuota";
import { type OutgoingMail, queueMail } from "../mail/queueMail";
import { issueToken } from "../tokens/invitationTokens";
import { readCap } from "./dailyCap";
import { onboardingRefs } from "./onboardingDocuments";
import { funnelIncrement, type LivePage } from "./publicPage";

interface Visitor {
  agencyId: string;
  live: LivePage;
  details: VisitorDetails;
  ref: string;
  inviteRef: DocumentReference<StoredInvite>;
  emailHash: string;
  day: string;
  timeZone: string;
  mail: OutgoingMail;
  sender: MailSender;
  /** The agency's receiving accounts, snapshotted on the invite like Create Invite does. */
  accounts: ReceivingAccount[];
}

/**
 * The client with the visitor's email, if the agency has one: first through
 * the normalized-email document (the key concurrent submissions of one
 * address collide on, so they make one client), then the clients themselves
 * (a client the agency created by hand).
 */
async function existingClientId(
  tx: Transaction,
  agencyId: string,
  email: string,
  emailHash: string,
): Promise<string | null> {
  const held = (await tx.get(onboardingRefs.email(agencyId, emailHash))).data();
  if (held && (await tx.get(refs.client(agencyId, held.clientId))).exists) return held.clientId;
  const byEmail = await tx.get(refs.clients(agencyId).where("email", "==", email).limit(1));
  return byEmail.docs[0]?.id ?? null;
}

/**
 * One transaction: reads (the email's client, the day's cap, the mail quota),
 * then every write. "capped" when a new client would pass the agency's daily
 * cap; nothing is written then.
 */
export async function startVisitor(
  tx: Transaction,
  visitor: Visitor,
): Promise<"started" | "capped"> {
  const { agencyId, live, details, inviteRef } = visitor;
  const reusedId = await existingClientId(tx, agencyId, details.email, visitor.emailHash);
  const cap = reusedId ? null : await readCap(tx, agencyId, visitor.day);
  if (cap?.full) return "capped";
  const clientRef = reusedId ? refs.client(agencyId, reusedId) : refs.clients(agencyId).doc();
  const reused = reusedId ? (await tx.get(clientRef)).data() : undefined;
  if (reusedId && !reused) throw new HttpsError("aborted", "Try again.");
  // The mail is a courtesy (the link is on the visitor's screen): over the
  // agency's quota the invite is still made, without it.
  let mailAllowed = true;
  try {
    await chargeMail(tx, { sender: visitor.sender, recipients: [details.email] });
  } catch (error) {
    if (!(error instanceof HttpsError && error.code === "resource-exhausted")) throw error;
    mailAllowed = false;
  }

  const fields: ClientFields = {
    name: details.name,
    company: details.company,
    email: details.email,
    website: details.website,
    type: live.page.clientType,
    language: live.locale,
  };
  // The invite's snapshot is what the visitor typed, even for a client the
  // agency already has: its page greets the visitor, never the stored name,
  // so nobody learns what the agency holds for an address.
  const client = {
    name: details.name,
    company: details.company,
    email: details.email,
    faviconUrl: null,
    type: reused?.type ?? fields.type,
    language: live.locale,
  };
  const marker = { pageId: live.pageId, name: live.page.name };

  const latestInvite = (status: StoredInvite["status"]) => ({
    inviteId: inviteRef.id,
    status,
    createdAt: Timestamp.now(),
    services: live.page.services.length,
  });
  const record = newInviteRecord({
    clientId: clientRef.id,
    client,
    services: live.page.services as RequestedService[],
    accounts: visitor.accounts,
    intakeForm: live.page.intakeForm,
    thankYouMessage: live.page.thankYouMessage,
    redirectUrl: live.page.redirectUrl,
    createdBy: { uid: "", name: live.page.name },
  });

  if (reused) {
    tx.update(clientRef, { latestInvite: latestInvite(record.status) });
  } else {
    tx.create(clientRef, {
      ...derivedClientFields(clientRef.id, fields),
      timeZone: visitor.timeZone,
      metadata: visitor.ref ? { ref: visitor.ref } : {},
      faviconUrl: null,
      faviconStatus: fields.website ? "pending" : "none",
      latestInvite: latestInvite(record.status),
      portal: null,
      onboarding: { pageId: live.pageId, pageName: live.page.name, ref: visitor.ref },
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    countClientChange(tx, agencyId, { added: fields.type });
    cap?.count();
  }
  tx.set(onboardingRefs.email(agencyId, visitor.emailHash), { clientId: clientRef.id });

  issueToken(tx, inviteToken(inviteRef.path, 0), {
    kind: "invite",
    agencyId,
    clientId: clientRef.id,
    subjectPath: inviteRef.path,
    expiresAt: addDays(new Date(), INVITE_LINK_LIFETIME_DAYS),
  });
  tx.create(inviteRef, {
    ...record,
    onboardingPage: marker,
    linkVersion: 0,
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  recordActivity(tx, agencyId, {
    type: "invite_created_by_page",
    inviteId: inviteRef.id,
    clientId: clientRef.id,
    clientName: reused?.name ?? client.name,
    pageName: live.page.name,
  });
  countInviteChange(tx, agencyId, { added: record.status });
  tx.set(
    onboardingRefs.stats(agencyId, live.pageId).withConverter(null),
    funnelIncrement({ started: 1, clientsCreated: reused ? 0 : 1 }),
    { merge: true },
  );
  if (mailAllowed) queueMail(visitor.mail, { tx });
  return "started";
}
