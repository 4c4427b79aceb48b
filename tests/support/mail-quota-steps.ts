/**
 * The mail quota tests' steps: an agency (verified or not) with a Google Ads
 * manager account, its clients and invites, what `mail/` holds for it, and
 * the shape of a `resource-exhausted` refusal.
 */
import { CALLABLES } from "@portico/domain/config";
import {
  isMailLimitDetails,
  type MailLimitDetails,
  mailDay,
  mailQuotaIds,
  nextMailDay,
} from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import type { FunctionsError } from "firebase/functions";
import { expect } from "vitest";
import { newAgencyOwner, saveAccount } from "./agencies";
import { admin, findUserByEmail, uniqueMarker, type WebClient } from "./emulator-clients";

export interface Agency {
  owner: WebClient;
  agencyId: string;
  mccId: string;
}

export async function newAgency(options: { verified: boolean }): Promise<Agency> {
  const { agencyId, email, owner } = await newAgencyOwner("quota-owner", {
    displayName: "Quinn Owner",
    verified: options.verified,
  });
  expect((await findUserByEmail(email))?.emailVerified).toBe(options.verified);
  return { owner, agencyId, mccId: await saveAccount(owner, "google-ads-manager", "123-456-7890") };
}

export const address = (label: string) => `${uniqueMarker(label)}@quotas.test`;

export async function newClient(agency: Agency, email = address("client")) {
  const { clientId } = await agency.owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Ana Client",
    email,
    type: "client",
    language: "es",
  });
  return { clientId, email };
}

export async function newInvite(agency: Agency, clientId: string, sendEmail = false) {
  const { inviteId } = await agency.owner.call<{ inviteId: string }>(CALLABLES.createInvite, {
    clientId,
    services: [
      { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: agency.mccId },
    ],
    sendEmail,
  });
  return inviteId;
}

export const count = async (collection: string, field?: string, value?: unknown) => {
  const ref = admin().db.collection(collection);
  const query = field ? ref.where(field, "==", value) : ref;
  return (await query.count().get()).data().count;
};
export const mailsOf = (agencyId: string) => count(paths.mails(), "agencyId", agencyId);
export const mailsAbout = (path: string) => count(paths.mails(), "relatedPath", path);
export const read = async (path: string) => (await admin().db.doc(path).get()).data();
/** A document as its callables left it: delivery reports arrive later, from the outbox trigger. */
export const settled = async (path: string) => {
  const { emailDelivery: _delivery, ...rest } = (await read(path)) ?? {};
  return rest;
};

/** Today's agency counter set to `used`, as if the day's mail had gone out. */
export async function useAgencyQuota(agencyId: string, used: number) {
  const now = new Date();
  await admin()
    .db.doc(paths.mailQuota(mailQuotaIds.agency(agencyId, mailDay(now))))
    .set({ kind: "agency", agencyId, day: mailDay(now), count: used, expiresAt: nextMailDay(now) });
}

/** The refusal's details, checked for shape; `resetsAt` must lie in `window`. */
export function limitDetails(error: FunctionsError, reason: MailLimitDetails["reason"]) {
  expect(error.code).toBe("functions/resource-exhausted");
  expect(isMailLimitDetails(error.details)).toBe(true);
  const details = error.details as MailLimitDetails;
  expect(details.reason).toBe(reason);
  return { ...details, resetsAt: new Date(details.resetsAt) };
}

/** A daily cap resets at the next UTC midnight. */
export function expectResetsTomorrow(resetsAt: Date, before: Date) {
  expect([nextMailDay(before).getTime(), nextMailDay(new Date()).getTime()]).toContain(
    resetsAt.getTime(),
  );
}
