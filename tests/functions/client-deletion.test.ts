/**
 * Deleting a client: the client's own links say the request was withdrawn,
 * and nothing about the client stays behind in the outbox (addresses and
 * whole rendered emails) or in the sign-in sessions.
 */
import type {
  StartConnectionResult,
  UnavailablePageDetails,
} from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newAgencyOwner, saveAccount } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  uniqueMarker,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { linkTokenOf } from "../support/sandbox";

let owner: WebClient;
let agencyId: string;
let accountId: string;

beforeAll(async () => {
  ({ agencyId, owner } = await newAgencyOwner("deletion-owner", { displayName: "Dora Owner" }));
  accountId = await saveAccount(owner, "google-ads-manager", "123-456-7890");
});

afterAll(async () => {
  await closeWebClients();
});

const mailAbout = async (path: string) =>
  (await admin().db.collection(paths.mails()).where("relatedPath", "==", path).get()).docs;

describe("deleting a client", () => {
  it("withdraws its invite links and purges its mail and sign-in sessions", async () => {
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Wren Withdrawn",
      email: `${uniqueMarker("wren")}@deletion.test`,
      type: "client",
      language: "es",
    });
    const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
      CALLABLES.createInvite,
      {
        clientId,
        services: [
          { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: accountId },
        ],
        sendEmail: true,
      },
    );
    const { invitationId } = await owner.call<{ invitationId: string }>(
      CALLABLES.sendPortalInvitation,
      { clientId },
    );
    const token = linkTokenOf(url);
    const visitor = await webClient();
    await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
      token,
      serviceId: "google-ads",
    });
    const invitePath = paths.invite(agencyId, inviteId);
    const invitationPath = paths.portalInvitation(agencyId, clientId, invitationId);
    const sessions = () =>
      admin().db.collection("connectorSessions").where("invitePath", "==", invitePath).get();
    // What there is to purge: the access request's mail, the portal invitation's, a session.
    expect(await mailAbout(invitePath)).toHaveLength(1);
    expect(await mailAbout(invitationPath)).toHaveLength(1);
    expect((await sessions()).size).toBe(1);

    await owner.call(CALLABLES.deleteClient, { clientId });
    await vi.waitFor(
      async () => {
        expect((await admin().db.doc(paths.clientDeletion(agencyId, clientId)).get()).exists).toBe(
          false,
        );
      },
      { timeout: 30_000, interval: 150 },
    );

    expect(await mailAbout(invitePath)).toEqual([]);
    expect(await mailAbout(invitationPath)).toEqual([]);
    expect((await sessions()).size).toBe(0);

    // The client's link says the request was withdrawn, in the client's language.
    const error = await callableError(visitor.call(CALLABLES.openInvite, { token, locale: "es" }));
    expect(error.code).toBe("functions/not-found");
    const page = (error.details as UnavailablePageDetails).unavailable;
    expect(page.reason).toBe("removed");
    expect(page.title).toBe("Esta solicitud se ha retirado");
  });
});
