import type {
  AccessPageModel,
  CompleteConnectionResult,
  StartConnectionResult,
} from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newAgencyOwner } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  uniqueMarker,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { linkTokenOf, sandboxConsent } from "../support/sandbox";

// Removing a connected account while open invites use it: the client cannot
// grant to the removed account, and Edit lets the agency pick another one.

let owner: WebClient;
let visitor: WebClient;
let agencyId: string;

const connect = async (kind: string, value: string, label = "") =>
  (
    await owner.call<{ accountId: string }>(CALLABLES.saveConnectedAccount, {
      kind,
      value,
      label,
    })
  ).accountId;

async function createInvite(adsAccount: string, searchAccount: string) {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Nora Client",
    email: `${uniqueMarker("nora")}@client.test`,
    type: "client",
    language: "en",
  });
  const { inviteId, url } = await owner.call<{ inviteId: string; url: string }>(
    CALLABLES.createInvite,
    {
      clientId,
      services: [
        { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: adsAccount },
        {
          serviceId: "google-search-console",
          accessLevel: "full",
          connectedAccountId: searchAccount,
        },
      ],
      sendEmail: false,
    },
  );
  return { inviteId, token: linkTokenOf(url) };
}

const inviteDoc = (inviteId: string) => admin().db.doc(paths.invite(agencyId, inviteId)).get();
const serviceOf = async (inviteId: string, serviceId: string) =>
  ((await inviteDoc(inviteId)).get("services") as { serviceId: string; status: string }[]).find(
    (service) => service.serviceId === serviceId,
  );

beforeAll(async () => {
  ({ agencyId, owner } = await newAgencyOwner("accounts-owner", { displayName: "Otto Owner" }));
  visitor = await webClient();
});

afterAll(async () => {
  await closeWebClients();
});

describe("removing a connected account used by an open invite", () => {
  it("stores the accounts an invite uses, so Settings can find its open invites", async () => {
    const ads = await connect("google-ads-manager", "111-222-3331");
    const google = await connect("google-account", `${uniqueMarker("team")}@agency.test`);
    const { inviteId } = await createInvite(ads, google);
    expect((await inviteDoc(inviteId)).get("connectedAccountIds")).toEqual([ads, google].sort());

    const other = await connect("google-ads-manager", "111-222-3332");
    await owner.call(CALLABLES.editInvite, {
      inviteId,
      services: [
        { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: other },
        { serviceId: "google-search-console", accessLevel: "full", connectedAccountId: google },
      ],
    });
    expect((await inviteDoc(inviteId)).get("connectedAccountIds")).toEqual([other, google].sort());
  });

  it("shows the client the service is being updated and refuses I've done this and sign-in", async () => {
    const ads = await connect("google-ads-manager", "222-333-4441");
    const google = await connect("google-account", `${uniqueMarker("team")}@agency.test`);
    const { inviteId, token } = await createInvite(ads, google);
    await owner.call(CALLABLES.removeConnectedAccount, { accountId: ads });

    const page = await visitor.call<AccessPageModel>(CALLABLES.openInvite, { token });
    expect(page.services.map((service) => [service.serviceId, service.awaitingAgency])).toEqual([
      ["google-ads", true],
      ["google-search-console", false],
    ]);
    expect(page.texts.awaitingAgency).toMatch(/is updating this part of the request/);

    const confirm = await callableError(
      visitor.call(CALLABLES.confirmService, { token, serviceId: "google-ads" }),
    );
    expect(confirm.code).toBe("functions/failed-precondition");
    expect(confirm.message).toContain(
      "This part of the request is being updated. The page shows its latest state.",
    );
    const start = await callableError(
      visitor.call(CALLABLES.startConnection, { token, serviceId: "google-ads" }),
    );
    expect(start.code).toBe("functions/failed-precondition");
    expect((await serviceOf(inviteId, "google-ads"))?.status).toBe("pending");

    // The other service, whose account is still connected, can be granted as before.
    const after = await visitor.call<AccessPageModel>(CALLABLES.confirmService, {
      token,
      serviceId: "google-search-console",
    });
    expect(after.services[1]).toMatchObject({ status: "granted", awaitingAgency: false });
  });

  it("refuses the grant of a sign-in that started before the account was removed", async () => {
    const ads = await connect("google-ads-manager", "333-444-5551");
    const google = await connect("google-account", `${uniqueMarker("team")}@agency.test`);
    const { inviteId, token } = await createInvite(ads, google);
    const start = await visitor.call<StartConnectionResult>(CALLABLES.startConnection, {
      token,
      serviceId: "google-ads",
    });
    const { callback } = await sandboxConsent(start.authorizationUrl);
    const completed = await visitor.call<CompleteConnectionResult>(CALLABLES.completeConnection, {
      token,
      state: callback.searchParams.get("state"),
      code: callback.searchParams.get("code"),
    });
    await owner.call(CALLABLES.removeConnectedAccount, { accountId: ads });

    const grant = await callableError(
      visitor.call(CALLABLES.grantService, {
        token,
        state: callback.searchParams.get("state"),
        accountId: completed.accounts[0]?.id,
      }),
    );
    expect(grant.code).toBe("functions/failed-precondition");
    expect((await serviceOf(inviteId, "google-ads"))?.status).toBe("pending");
  });

  it("Edit asks for another account for a waiting service, keeps a granted one, and the client can grant again", async () => {
    const ads = await connect("google-ads-manager", "444-555-6661");
    const google = await connect("google-account", `${uniqueMarker("team")}@agency.test`);
    const { inviteId, token } = await createInvite(ads, google);
    await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-search-console" });
    await owner.call(CALLABLES.removeConnectedAccount, { accountId: ads });
    await owner.call(CALLABLES.removeConnectedAccount, { accountId: google });

    const asIs = [
      { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: ads },
      { serviceId: "google-search-console", accessLevel: "full", connectedAccountId: google },
    ];
    // Only the service still waiting for the client needs a connected account.
    const refused = await callableError(
      owner.call(CALLABLES.editInvite, { inviteId, services: asIs }),
    );
    expect(refused.code).toBe("functions/invalid-argument");
    expect(fieldErrors(refused)).toEqual({
      "services.0.connectedAccountId": "Choose one of your Google Ads accounts.",
    });

    const replacement = await connect("google-ads-manager", "444-555-6662");
    await owner.call(CALLABLES.editInvite, {
      inviteId,
      services: [{ ...asIs[0], connectedAccountId: replacement }, asIs[1]],
    });
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      connectedAccount: { id: google },
    });
    const page = await visitor.call<AccessPageModel>(CALLABLES.openInvite, { token });
    expect(page.services[0]).toMatchObject({ serviceId: "google-ads", awaitingAgency: false });
    const granted = await visitor.call<AccessPageModel>(CALLABLES.confirmService, {
      token,
      serviceId: "google-ads",
    });
    expect(granted.services[0]?.status).toBe("granted");
  });
});
