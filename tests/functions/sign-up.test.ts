import { paths } from "@portico/domain/paths";
import { applyActionCode, createUserWithEmailAndPassword, getIdTokenResult } from "firebase/auth";
import { doc, getDoc } from "firebase/firestore";
import { afterAll, describe, expect, it, vi } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import {
  admin,
  closeWebClients,
  countAgencies,
  findUserByEmail,
  findUsersMarked,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import { type CapturedMail, mailsTo } from "../support/mail-inbox";
import { signUp, signUpAnswer, validSignUp } from "../support/sign-up-steps";
import { expectWorkspace } from "../support/workspace-checks";

afterAll(closeWebClients);

describe("signUp with valid input", () => {
  it("should create the account, the agency, an active owner membership and a session", async () => {
    const input = validSignUp(uniqueMarker("signup"));
    const { agencyId } = await signUp(input);

    const user = await findUserByEmail(input.email);
    expect(user?.displayName).toBe(input.displayName);
    await expectWorkspace({
      agencyId,
      agencyName: input.agencyName,
      uid: user?.uid ?? "no user",
      email: input.email,
      displayName: input.displayName,
    });
  });

  it("should let the new owner sign in with a token carrying the agency and the owner role", async () => {
    const input = validSignUp(uniqueMarker("signup-token"));
    const { agencyId } = await signUp(input);

    const client = await signedInClient(input.email, input.password);
    const user = client.auth.currentUser;
    if (!user) throw new Error("The client is not signed in");
    const token = await getIdTokenResult(user);
    expect(token.claims.agencyId).toBe(agencyId);
    expect(token.claims.role).toBe("owner");

    // The claims and the membership together open the workspace under the real rules.
    const agency = await getDoc(doc(client.firestore(), paths.agency(agencyId)));
    expect(agency.get("name")).toBe(input.agencyName);
  });

  it("should store the email in lower case and the names trimmed", async () => {
    const input = validSignUp(uniqueMarker("signup-trim"));
    const { agencyId } = await signUp({
      displayName: `  ${input.displayName}  `,
      agencyName: `  ${input.agencyName}  `,
      email: `  ${input.email.toUpperCase()}  `,
      password: input.password,
    });

    const user = await findUserByEmail(input.email);
    expect(user?.email).toBe(input.email);
    await expectWorkspace({
      agencyId,
      agencyName: input.agencyName,
      uid: user?.uid ?? "no user",
      email: input.email,
      displayName: input.displayName,
    });
  });
});

describe("signUp with an email that already has an account", () => {
  it("answers exactly as for a new address, creates nothing, and tells the address's owner by email", async () => {
    const first = validSignUp(uniqueMarker("signup-dup"));
    const { agencyId } = await signUp(first);
    const owner = await findUserByEmail(first.email);
    if (!owner) throw new Error("The first sign-up created no account");

    const second = {
      ...validSignUp(uniqueMarker("signup-dup-again")),
      email: first.email.toUpperCase(),
    };
    const fresh = validSignUp(uniqueMarker("signup-fresh"));
    expect(await signUpAnswer(second)).toEqual(await signUpAnswer(fresh));

    expect(await countAgencies("name", second.agencyName)).toBe(0);
    expect(await countAgencies("createdBy", owner.uid)).toBe(1);
    expect(await findUsersMarked(second.displayName)).toEqual([]);
    const after = await admin().auth.getUser(owner.uid);
    expect(after.displayName).toBe(first.displayName);
    expect(after.customClaims).toEqual({ agencyId, role: "owner" });
    const notice = await vi.waitFor(
      async () => {
        const found = (await mailsTo(first.email)).find((mail) =>
          mail.subject.startsWith("Someone tried to create a Portico workspace"),
        );
        expect(found).toBeDefined();
        return found as CapturedMail;
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(notice.text).toContain(`${appUrl("test")}/sign-in`);
  });
});

describe("confirming the address", () => {
  it("mails the new owner Portico's confirmation link, which verifies the address once", async () => {
    const input = validSignUp(uniqueMarker("signup-confirm"));
    await signUp(input);
    expect((await findUserByEmail(input.email))?.emailVerified).toBe(false);

    const link = await vi.waitFor(
      async () => {
        const [mail] = await mailsTo(input.email);
        const match = /(http\S+\/verify-email\?oobCode=(\S+))/.exec(mail?.text ?? "");
        expect(match?.[1]?.startsWith(`${appUrl("test")}/verify-email?oobCode=`)).toBe(true);
        expect(mail?.subject).toBe(
          `Confirm your address to finish setting up ${input.agencyName} on Portico`,
        );
        return decodeURIComponent(match?.[2] ?? "");
      },
      { timeout: 30_000, interval: 150 },
    );
    const client = await webClient();
    await applyActionCode(client.auth, link);
    expect((await findUserByEmail(input.email))?.emailVerified).toBe(true);
    await expect(applyActionCode(client.auth, link)).rejects.toThrow();
  });
});

describe("client-side sign-up through the public Auth API", () => {
  it("is refused, even with a weak password, and leaves no account", async () => {
    const email = `${uniqueMarker("client-side")}@example.com`;
    const client = await webClient();
    for (const password of ["123456", VALID_PASSWORD]) {
      await expect(createUserWithEmailAndPassword(client.auth, email, password)).rejects.toThrow(
        /sign-up and invitation pages only/,
      );
    }
    expect(await findUserByEmail(email)).toBeNull();

    // Portico's own sign-up (Admin SDK) still creates the account.
    const input = { ...validSignUp(uniqueMarker("after-refusal")), email };
    await signUp(input);
    expect((await findUserByEmail(email))?.displayName).toBe(input.displayName);
  });
});
