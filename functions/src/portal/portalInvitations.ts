import { isLocale, type Locale } from "@portico/domain/i18n/locales";
import { addDays } from "@portico/domain/tokens";
import {
  type DocumentReference,
  type DocumentSnapshot,
  FieldValue,
  type QueryDocumentSnapshot,
  Timestamp,
  type Transaction,
} from "firebase-admin/firestore";
import { APP_URL } from "../config";
import {
  refs,
  type StoredClient,
  type StoredPortalInvitation,
  type StoredPortalMember,
} from "../documents";
import { type OutgoingMail, queueMail } from "../mail/queueMail";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";
import { issueToken, newToken, revokeToken } from "../tokens/invitationTokens";

export interface PortalInviter {
  kind: "agency" | "portal";
  uid: string;
  name: string;
}

/** A portal invitation made ready outside the transaction: its id, raw token and rendered email. */
export interface PreparedPortalInvitation {
  agencyId: string;
  clientId: string;
  ref: DocumentReference<StoredPortalInvitation>;
  email: string;
  inviter: PortalInviter;
  token: string;
  expiresAt: Date;
  mail: OutgoingMail;
}

/** The client's language, for the email and the accept page. */
export function clientLocale(language: unknown): Locale {
  return isLocale(language) ? language : "en";
}

/**
 * A new invitation's token, expiry (the agency's portal link lifetime) and
 * email in the client's language and the agency's branding. Rendered before
 * the transaction that writes it, so the transaction stays short.
 *
 * For an address that cannot join (`addressCanJoin` false) everything is the
 * same for the one who asks, but the address gets a notice saying why instead
 * of the link: nobody ever holds that invitation's token.
 */
export async function preparePortalInvitation(options: {
  agencyId: string;
  clientId: string;
  clientName: string;
  locale: Locale;
  email: string;
  inviter: PortalInviter;
  addressCanJoin: boolean;
}): Promise<PreparedPortalInvitation> {
  const ref = refs.portalInvitations(options.agencyId, options.clientId).doc();
  const token = newToken();
  const [settings, branding, { portalInvitationEmail }, { portalAddressUnavailableEmail }] =
    await Promise.all([
      readGeneralSettings(options.agencyId),
      readBranding(options.agencyId),
      import("@portico/emails/portal-invitation"),
      import("@portico/emails/portal-address-unavailable"),
    ]);
  const expiresAt = addDays(new Date(), settings.portalLinkLifetimeDays);
  const message = options.addressCanJoin
    ? await portalInvitationEmail({
        branding,
        locale: options.locale,
        clientName: options.clientName,
        inviter: { kind: options.inviter.kind, name: options.inviter.name },
        acceptUrl: `${APP_URL.value()}/portal/join/${token}`,
        expiresAt,
      })
    : await portalAddressUnavailableEmail({
        branding,
        locale: options.locale,
        clientName: options.clientName,
        inviterName:
          options.inviter.kind === "agency" ? branding.displayName : options.inviter.name,
      });
  return {
    agencyId: options.agencyId,
    clientId: options.clientId,
    ref,
    email: options.email,
    inviter: options.inviter,
    token,
    expiresAt,
    mail: {
      to: options.email,
      message,
      agencyId: options.agencyId,
      relatedPath: ref.path,
      template: !options.addressCanJoin
        ? "portal-address-unavailable"
        : options.inviter.kind === "agency"
          ? "portal-invitation"
          : "portal-teammate",
    },
  };
}

/** The client's pending invitations, read inside `tx`. */
export async function pendingPortalInvitations(
  tx: Transaction,
  agencyId: string,
  clientId: string,
): Promise<QueryDocumentSnapshot<StoredPortalInvitation>[]> {
  const pending = await tx.get(
    refs.portalInvitations(agencyId, clientId).where("status", "==", "pending"),
  );
  return pending.docs;
}

/** Ends a pending invitation: its link shows the "no longer valid" page from now on. */
export function endPortalInvitation(
  tx: Transaction,
  invitation: DocumentSnapshot<StoredPortalInvitation>,
  status: "replaced" | "cancelled",
) {
  revokeToken(tx, invitation.data()?.tokenHash);
  tx.update(invitation.ref, { status, endedAt: FieldValue.serverTimestamp() });
}

/**
 * Writes the invitation, its hashed token and its email inside `tx`. The mail's
 * id is derived from the invitation's, so one invitation is mailed once, however
 * often the transaction runs.
 */
export function writePortalInvitation(tx: Transaction, invitation: PreparedPortalInvitation) {
  const { tokenHash } = issueToken(tx, invitation.token, {
    kind: "portal",
    agencyId: invitation.agencyId,
    clientId: invitation.clientId,
    subjectPath: invitation.ref.path,
    expiresAt: invitation.expiresAt,
    email: invitation.email,
  });
  tx.create(invitation.ref, {
    email: invitation.email,
    status: "pending",
    invitedBy: invitation.inviter,
    createdAt: FieldValue.serverTimestamp(),
    expiresAt: Timestamp.fromDate(invitation.expiresAt),
    tokenHash,
    emailDelivery: null,
  });
  queueMail(invitation.mail, { tx, mailId: `portal-invitation-${invitation.ref.id}` });
}

/** Active portal members of a client, read inside `tx`. */
export async function activePortalMembers(
  tx: Transaction,
  agencyId: string,
  clientId: string,
): Promise<QueryDocumentSnapshot<StoredPortalMember>[]> {
  const active = await tx.get(
    refs.portalMembers(agencyId, clientId).where("status", "==", "active"),
  );
  return active.docs;
}

/**
 * The contact address moved away from `oldEmail` (inside `tx`, after its
 * reads): the agency's pending invitations went to the old address, so their
 * links die, and the client's portal says so until the next invitation.
 * `pending` and `active` were read in `tx`.
 */
export function cancelInvitationsToOldAddress(
  tx: Transaction,
  client: DocumentSnapshot<StoredClient>,
  oldEmail: string,
  pending: QueryDocumentSnapshot<StoredPortalInvitation>[],
  active: QueryDocumentSnapshot<StoredPortalMember>[],
) {
  const cancelled = pending.filter((invitation) => invitation.data().invitedBy.kind === "agency");
  if (!oldEmail || cancelled.length === 0) return;
  for (const invitation of cancelled) endPortalInvitation(tx, invitation, "cancelled");
  const portal = client.data()?.portal;
  const status = active.length > 0 ? "active" : portal?.revokedAt ? "revoked" : "cancelled";
  tx.update(client.ref, {
    portal: {
      ...portal,
      status,
      expiresAt: null,
      cancelledEmail: cancelled[0]?.data().email ?? oldEmail,
    },
  });
}
