import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { getIdTokenResult } from "firebase/auth";
import { doc, onSnapshot, type Timestamp } from "firebase/firestore";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  admin,
  callableError,
  closeWebClients,
  countAgencies,
  fieldErrors,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { expectWorkspace } from "../support/workspace-checks";

afterAll(closeWebClients);

interface AccountWithoutAgency {
  uid: string;
  email: string;
  displayName: string;
  client: WebClient;
}

/** An account made with the Admin SDK (no agency, no session), signed in on the web SDK. */
async function accountWithoutAgency(
  marker: string,
  options: { displayName?: boolean } = {},
): Promise<AccountWithoutAgency> {
  const email = `${marker}@example.com`;
  const displayName = options.displayName === false ? undefined : `Sam ${marker}`;
  const user = await admin().auth.createUser({ email, password: VALID_PASSWORD, displayName });
  const client = await signedInClient(email, VALID_PASSWORD);
  return { uid: user.uid, email, displayName: displayName ?? email, client };
}

function createWorkspace(client: WebClient, data: unknown) {
  return client.call<{ agencyId: string }>(CALLABLES.createWorkspace, data);
}

/** Nothing was written for this account: no session, no agency, no claims. */
async function expectNoWorkspace(uid: string): Promise<void> {
  const { auth, db } = admin();
  expect((await db.doc(paths.userSession(uid)).get()).exists).toBe(false);
  expect(await countAgencies("createdBy", uid)).toBe(0);
  expect((await auth.getUser(uid)).customClaims ?? {}).toEqual({});
}

describe("createWorkspace when signed out", () => {
  it("should answer unauthenticated and create no agency", async () => {
    const agencyName = `Agency ${uniqueMarker("ws-signed-out")}`;
    const error = await callableError(createWorkspace(await webClient(), { agencyName }));
    expect(error.code).toBe("functions/unauthenticated");
    expect(await countAgencies("name", agencyName)).toBe(0);
  });
});

describe("createWorkspace for a signed-in user without an agency", () => {
  it("should create the agency and make the user its owner", async () => {
    const marker = uniqueMarker("ws-new");
    const account = await accountWithoutAgency(marker);
    const agencyName = `Agency ${marker}`;

    const { agencyId } = await createWorkspace(account.client, { agencyName });

    await expectWorkspace({ agencyId, agencyName, ...account });
    const user = account.client.auth.currentUser;
    if (!user) throw new Error("The client is not signed in");
    const token = await getIdTokenResult(user, true);
    expect(token.claims.agencyId).toBe(agencyId);
    expect(token.claims.role).toBe("owner");
  });

  it("should name the owner by their email when the account has no display name", async () => {
    const marker = uniqueMarker("ws-no-name");
    const account = await accountWithoutAgency(marker, { displayName: false });

    const { agencyId } = await createWorkspace(account.client, { agencyName: `Agency ${marker}` });

    const member = await admin().db.doc(paths.member(agencyId, account.uid)).get();
    expect(member.get("displayName")).toBe(account.email);
  });

  it("should let the app's session listener see the new agency, after which a token refresh carries the claims", async () => {
    const marker = uniqueMarker("ws-session");
    const account = await accountWithoutAgency(marker);
    const user = account.client.auth.currentUser;
    if (!user) throw new Error("The client is not signed in");

    // What the web app does: listen to its own session document (under the real rules).
    const seen: { agencyId: unknown; claimsUpdatedAt: Timestamp | undefined }[] = [];
    let listenError: unknown;
    const stop = onSnapshot(
      doc(account.client.firestore(), paths.userSession(account.uid)),
      (snapshot) => {
        seen.push({
          agencyId: snapshot.get("agencyId"),
          claimsUpdatedAt: snapshot.get("claimsUpdatedAt"),
        });
      },
      (error) => {
        listenError = error;
      },
    );
    try {
      await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
      expect(seen[0]?.agencyId).toBeUndefined();

      const { agencyId } = await createWorkspace(account.client, {
        agencyName: `Agency ${marker}`,
      });

      const stored = await admin().db.doc(paths.userSession(account.uid)).get();
      const finalBump = stored.get("claimsUpdatedAt") as Timestamp;
      await vi.waitFor(() => {
        expect(listenError).toBeUndefined();
        expect(seen.at(-1)?.claimsUpdatedAt?.isEqual(finalBump)).toBe(true);
      });
      expect(seen.at(-1)?.agencyId).toBe(agencyId);

      const token = await getIdTokenResult(user, true);
      expect(token.claims.agencyId).toBe(agencyId);
      expect(token.claims.role).toBe("owner");
    } finally {
      stop();
    }
  });
});

describe("createWorkspace for a user who already has an agency", () => {
  it("should answer failed-precondition on a second call and create no second agency", async () => {
    const marker = uniqueMarker("ws-twice");
    const account = await accountWithoutAgency(marker);
    const { agencyId } = await createWorkspace(account.client, { agencyName: `Agency ${marker}` });

    const secondName = `Second ${marker}`;
    const error = await callableError(createWorkspace(account.client, { agencyName: secondName }));
    expect(error.code).toBe("functions/failed-precondition");

    expect(await countAgencies("createdBy", account.uid)).toBe(1);
    expect(await countAgencies("name", secondName)).toBe(0);
    const { auth, db } = admin();
    expect((await auth.getUser(account.uid)).customClaims).toEqual({ agencyId, role: "owner" });
    expect((await db.doc(paths.userSession(account.uid)).get()).get("agencyId")).toBe(agencyId);
  });

  it("should answer failed-precondition to an owner who signed up", async () => {
    const marker = uniqueMarker("ws-signed-up");
    const email = `${marker}@example.com`;
    const { agencyId } = await signUpAgency({
      displayName: `Dana ${marker}`,
      agencyName: `Agency ${marker}`,
      email,
      password: VALID_PASSWORD,
    });
    const owner = await signedInClient(email, VALID_PASSWORD);

    const secondName = `Second ${marker}`;
    const error = await callableError(createWorkspace(owner, { agencyName: secondName }));
    expect(error.code).toBe("functions/failed-precondition");
    expect(await countAgencies("name", secondName)).toBe(0);
    const uid = owner.auth.currentUser?.uid ?? "no user";
    expect((await admin().auth.getUser(uid)).customClaims).toEqual({ agencyId, role: "owner" });
  });

  it("should create exactly one agency when the same user calls several times at once", async () => {
    const marker = uniqueMarker("ws-race");
    const account = await accountWithoutAgency(marker);

    // The emulator often hands calls sent together to one warm instance in turn,
    // so this guards the outcome; it cannot force the transactions to overlap.
    const attempts = [1, 2, 3, 4, 5];
    const results = await Promise.allSettled(
      attempts.map((n) => createWorkspace(account.client, { agencyName: `Agency ${marker} ${n}` })),
    );

    const created = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.agencyId] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(created).toHaveLength(1);
    expect(refused.map((reason) => (reason as { code?: unknown }).code)).toEqual(
      attempts.slice(1).map(() => "functions/failed-precondition"),
    );
    expect(await countAgencies("createdBy", account.uid)).toBe(1);
    const claims = (await admin().auth.getUser(account.uid)).customClaims;
    expect(claims).toEqual({ agencyId: created[0], role: "owner" });
  });
});

describe("createWorkspace with bad input", () => {
  const cases: { name: string; data: unknown; field: string; message: RegExp }[] = [
    {
      name: "an empty agency name",
      data: { agencyName: "" },
      field: "agencyName",
      message: /agency's name/,
    },
    {
      name: "an agency name of only spaces",
      data: { agencyName: "   " },
      field: "agencyName",
      message: /agency's name/,
    },
    {
      name: "an agency name over 80 characters",
      data: { agencyName: "x".repeat(81) },
      field: "agencyName",
      message: /at most 80 characters/,
    },
    {
      name: "an agency name that is not a string",
      data: { agencyName: 42 },
      field: "agencyName",
      message: /agency's name/,
    },
    { name: "no agency name", data: {}, field: "agencyName", message: /agency's name/ },
    { name: "data that is not an object", data: "Acme", field: "_form", message: /\S/ },
    { name: "no data at all", data: null, field: "_form", message: /\S/ },
  ];

  for (const { name, data, field, message } of cases) {
    it(`should answer ${name} with invalid-argument and write nothing`, async () => {
      const account = await accountWithoutAgency(uniqueMarker("ws-bad"));

      const error = await callableError(createWorkspace(account.client, data));
      expect(error.code).toBe("functions/invalid-argument");
      const messages = fieldErrors(error);
      expect(Object.keys(messages)).toEqual([field]);
      expect(messages[field]).toMatch(message);

      await expectNoWorkspace(account.uid);
    });
  }
});
