import { activityDocSchema } from "@portico/domain/activity";
import { agencyDocSchema, memberDocSchema, userSessionDocSchema } from "@portico/domain/agency";
import {
  apiIdempotencyDocSchema,
  apiKeyDocSchema,
  apiKeySecretDocSchema,
} from "@portico/domain/api/keys";
import { billingPlanDocSchema } from "@portico/domain/billing/plan";
import {
  costContributionDocSchema,
  costDayDocSchema,
  statementCostDocSchema,
  statementCounterDocSchema,
  statementDocSchema,
} from "@portico/domain/billing/statements";
import { clientDocSchema, clientRowDocSchema } from "@portico/domain/clients";
import { connectedAccountDocSchema } from "@portico/domain/connected-accounts";
import { connectorSessionDocSchema } from "@portico/domain/connector-sessions";
import { intakeResponseDocSchema } from "@portico/domain/intake";
import { inviteDocSchema } from "@portico/domain/invites";
import { mailDocSchema } from "@portico/domain/mail";
import { mailCooldownDocSchema, mailQuotaDocSchema } from "@portico/domain/mail-counters";
import { paths } from "@portico/domain/paths";
import { portalInvitationDocSchema, portalMemberDocSchema } from "@portico/domain/portal";
import { rateLimitDocSchema } from "@portico/domain/rate-limits";
import { retainedTokenDocSchema } from "@portico/domain/retained-tokens";
import { invitationDocSchema } from "@portico/domain/team";
import { invitationTokenDocSchema } from "@portico/domain/tokens";
import { callDayDocSchema } from "@portico/domain/voice/rollups";
import { bookingDocSchema, callDocSchema } from "@portico/domain/voice/stored";
import type {
  DocumentData,
  DocumentSnapshot,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
  Timestamp,
} from "firebase-admin/firestore";
import type { z } from "zod";
import { db } from "./admin";

/**
 * Typed references for the functions, from the same zod document schemas the
 * web reads with (domain/src), on top of `paths`: a renamed field fails
 * type-checking on both sides.
 *
 * Type-only, no parse on read: the trigger and board paths are hot, these
 * documents are written only by functions and the rules, and the web parses
 * what it shows. So a document reads as the web sees it after parsing
 * (`z.output`), with Timestamps where the schema has Dates; functions write
 * every defaulted field on create. Writes through these refs (`create`, `set`)
 * are checked against the same shape; `update` stays loose, for dotted paths.
 * Transactions (`tx.get`, `tx.getAll`) work on these refs as on plain ones.
 */
export type Stored<T> = T extends Date
  ? Timestamp
  : T extends readonly (infer Item)[]
    ? Stored<Item>[]
    : T extends object
      ? { [Key in keyof T]: Stored<T[Key]> }
      : T;

/** The stored shape of the documents a schema describes. */
export type StoredDoc<Schema extends z.ZodType> = Stored<z.output<Schema>>;

const passThrough: FirestoreDataConverter<DocumentData, DocumentData> = {
  toFirestore: (data) => data as DocumentData,
  fromFirestore: (snapshot) => snapshot.data(),
};

/** The converter for one schema's documents (the schema gives the type only, see above). */
export function storedAs<Schema extends z.ZodType>(
  _schema: Schema,
): FirestoreDataConverter<StoredDoc<Schema>, DocumentData> {
  return passThrough as FirestoreDataConverter<StoredDoc<Schema>, DocumentData>;
}

export const converters = {
  agency: storedAs(agencyDocSchema),
  member: storedAs(memberDocSchema),
  userSession: storedAs(userSessionDocSchema),
  invitation: storedAs(invitationDocSchema),
  client: storedAs(clientDocSchema),
  clientRow: storedAs(clientRowDocSchema),
  invite: storedAs(inviteDocSchema),
  activity: storedAs(activityDocSchema),
  connectedAccount: storedAs(connectedAccountDocSchema),
  intakeResponse: storedAs(intakeResponseDocSchema),
  portalMember: storedAs(portalMemberDocSchema),
  portalInvitation: storedAs(portalInvitationDocSchema),
  invitationToken: storedAs(invitationTokenDocSchema),
  retainedToken: storedAs(retainedTokenDocSchema),
  mail: storedAs(mailDocSchema),
  mailQuota: storedAs(mailQuotaDocSchema),
  mailCooldown: storedAs(mailCooldownDocSchema),
  connectorSession: storedAs(connectorSessionDocSchema),
  rateLimit: storedAs(rateLimitDocSchema),
  billingPlan: storedAs(billingPlanDocSchema),
  statement: storedAs(statementDocSchema),
  statementCost: storedAs(statementCostDocSchema),
  statementCounter: storedAs(statementCounterDocSchema),
  costDay: storedAs(costDayDocSchema),
  costContribution: storedAs(costContributionDocSchema),
  callDay: storedAs(callDayDocSchema),
  // The REST API (api/keys.ts) and what it reads of the voice agent.
  apiKey: storedAs(apiKeyDocSchema),
  apiKeySecret: storedAs(apiKeySecretDocSchema),
  apiIdempotency: storedAs(apiIdempotencyDocSchema),
  call: storedAs(callDocSchema),
  booking: storedAs(bookingDocSchema),
};

export type StoredClient = StoredDoc<typeof clientDocSchema>;
export type StoredInvite = StoredDoc<typeof inviteDocSchema>;
export type StoredInviteService = StoredInvite["services"][number];
export type StoredActivity = StoredDoc<typeof activityDocSchema>;
export type StoredPortalMember = StoredDoc<typeof portalMemberDocSchema>;
export type StoredPortalInvitation = StoredDoc<typeof portalInvitationDocSchema>;
export type StoredInvitationToken = StoredDoc<typeof invitationTokenDocSchema>;
export type StoredConnectorSession = StoredDoc<typeof connectorSessionDocSchema>;

const doc = <T>(path: string, converter: FirestoreDataConverter<T, DocumentData>) =>
  db.doc(path).withConverter(converter);
const collection = <T>(path: string, converter: FirestoreDataConverter<T, DocumentData>) =>
  db.collection(path).withConverter(converter);

/** Typed references, named as in `paths`. */
export const refs = {
  agency: (agencyId: string) => doc(paths.agency(agencyId), converters.agency),
  member: (agencyId: string, uid: string) => doc(paths.member(agencyId, uid), converters.member),
  members: (agencyId: string) => collection(paths.members(agencyId), converters.member),
  userSession: (uid: string) => doc(paths.userSession(uid), converters.userSession),
  invitation: (agencyId: string, invitationId: string) =>
    doc(paths.invitation(agencyId, invitationId), converters.invitation),
  invitations: (agencyId: string) => collection(paths.invitations(agencyId), converters.invitation),
  client: (agencyId: string, clientId: string) =>
    doc(paths.client(agencyId, clientId), converters.client),
  clients: (agencyId: string) => collection(paths.clients(agencyId), converters.client),
  clientRow: (agencyId: string, clientId: string) =>
    doc(paths.clientRow(agencyId, clientId), converters.clientRow),
  invite: (agencyId: string, inviteId: string) =>
    doc(paths.invite(agencyId, inviteId), converters.invite),
  invites: (agencyId: string) => collection(paths.invites(agencyId), converters.invite),
  activity: (agencyId: string) => collection(paths.activity(agencyId), converters.activity),
  connectedAccount: (agencyId: string, accountId: string) =>
    doc(paths.connectedAccount(agencyId, accountId), converters.connectedAccount),
  connectedAccounts: (agencyId: string) =>
    collection(paths.connectedAccounts(agencyId), converters.connectedAccount),
  intakeResponse: (agencyId: string, clientId: string, inviteId: string) =>
    doc(paths.intakeResponse(agencyId, clientId, inviteId), converters.intakeResponse),
  portalMember: (agencyId: string, clientId: string, uid: string) =>
    doc(paths.portalMember(agencyId, clientId, uid), converters.portalMember),
  portalMembers: (agencyId: string, clientId: string) =>
    collection(paths.portalMembers(agencyId, clientId), converters.portalMember),
  portalInvitation: (agencyId: string, clientId: string, invitationId: string) =>
    doc(paths.portalInvitation(agencyId, clientId, invitationId), converters.portalInvitation),
  portalInvitations: (agencyId: string, clientId: string) =>
    collection(paths.portalInvitations(agencyId, clientId), converters.portalInvitation),
  invitationToken: (tokenHash: string) =>
    doc(paths.invitationToken(tokenHash), converters.invitationToken),
  invitationTokens: () => collection(paths.invitationTokens(), converters.invitationToken),
  retainedToken: (agencyId: string, inviteId: string, serviceId: string) =>
    doc(paths.retainedToken(agencyId, inviteId, serviceId), converters.retainedToken),
  mail: (mailId: string) => doc(paths.mail(mailId), converters.mail),
  mails: () => collection(paths.mails(), converters.mail),
  mailQuota: (quotaId: string) => doc(paths.mailQuota(quotaId), converters.mailQuota),
  mailCooldown: (cooldownId: string) =>
    doc(paths.mailCooldown(cooldownId), converters.mailCooldown),
  connectorSession: (stateHash: string) =>
    doc(paths.connectorSession(stateHash), converters.connectorSession),
  rateLimit: (counterId: string) => doc(paths.rateLimit(counterId), converters.rateLimit),
  billingPlan: (agencyId: string, clientId: string) =>
    doc(paths.billingPlan(agencyId, clientId), converters.billingPlan),
  statement: (agencyId: string, clientId: string, periodStart: string) =>
    doc(paths.statement(agencyId, clientId, periodStart), converters.statement),
  statementCost: (agencyId: string, clientId: string, periodStart: string) =>
    doc(paths.statementCost(agencyId, clientId, periodStart), converters.statementCost),
  statementCounter: (agencyId: string) =>
    doc(paths.statementCounter(agencyId), converters.statementCounter),
  costDay: (agencyId: string, clientId: string, day: string) =>
    doc(paths.costDay(agencyId, clientId, day), converters.costDay),
  costContribution: (agencyId: string, clientId: string, callId: string) =>
    doc(paths.costContribution(agencyId, clientId, callId), converters.costContribution),
  callDay: (agencyId: string, clientId: string, day: string) =>
    doc(paths.callDay(agencyId, clientId, day), converters.callDay),
  // The REST API.
  apiKey: (agencyId: string, keyId: string) =>
    doc(paths.apiKey(agencyId, keyId), converters.apiKey),
  apiKeys: (agencyId: string) => collection(paths.apiKeys(agencyId), converters.apiKey),
  apiKeySecret: (keyId: string) => doc(paths.apiKeySecret(keyId), converters.apiKeySecret),
  apiIdempotency: (recordId: string) =>
    doc(paths.apiIdempotency(recordId), converters.apiIdempotency),
  call: (agencyId: string, clientId: string, callId: string) =>
    doc(paths.call(agencyId, clientId, callId), converters.call),
  calls: (agencyId: string, clientId: string) =>
    collection(paths.calls(agencyId, clientId), converters.call),
  booking: (agencyId: string, clientId: string, bookingId: string) =>
    doc(paths.booking(agencyId, clientId, bookingId), converters.booking),
  bookings: (agencyId: string, clientId: string) =>
    collection(paths.bookings(agencyId, clientId), converters.booking),
};

/**
 * The data of a snapshot that did not come through a typed ref (a trigger's
 * event, a ref built from a stored path), read with the converter for its kind.
 */
export function storedData<T>(
  snapshot: DocumentSnapshot,
  converter: FirestoreDataConverter<T, DocumentData>,
): T | undefined {
  return snapshot.exists ? converter.fromFirestore(snapshot as QueryDocumentSnapshot) : undefined;
}
