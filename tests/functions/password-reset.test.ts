/**
 * "Forgot your password?": Portico's own mail through the outbox, branded and
 * in the reader's language, leading to Portico's reset page; one answer for
 * every address; rate limited per address.
 */
import { CALLABLES } from "@portico/domain/config";
import { confirmPasswordReset, signInWithEmailAndPassword } from "firebase/auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import {
  callableError,
  closeWebClients,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { type CapturedMail, mailsTo } from "../support/mail-inbox";

const RESET_LINK = /(http[^\s"]+\/(?:portal\/)?reset-password\?oobCode=([^&\s"]+)[^\s"]*)/;

let owner: WebClient;
let ownerEmail: string;
let agencyName: string;

beforeAll(async () => {
  ownerEmail = `${uniqueMarker("reset-owner")}@reset.test`;
  agencyName = uniqueMarker("Reset Agency");
  await signUpAgency({
    displayName: "Rosa Owner",
    agencyName,
    email: ownerEmail,
    password: VALID_PASSWORD,
  });
  owner = await signedInClient(ownerEmail, VALID_PASSWORD);
});

afterAll(async () => {
  await closeWebClients();
});

const requestReset = async (email: string, locale?: string) =>
  (await webClient()).call<{ sent: boolean }>(
    CALLABLES.requestPasswordReset,
    locale ? { email, locale } : { email },
  );

async function resetMailTo(address: string) {
  return vi.waitFor(
    async () => {
      // The owner's inbox also holds the sign-up confirmation: the reset mail is the one with its link.
      const mail = (await mailsTo(address)).find((found) => RESET_LINK.test(found.text));
      const match = RESET_LINK.exec(mail?.text ?? "");
      expect(match).not.toBeNull();
      return {
        mail: mail as CapturedMail,
        url: match?.[1] ?? "",
        oobCode: decodeURIComponent(match?.[2] ?? ""),
      };
    },
    { timeout: 30_000, interval: 150 },
  );
}

describe("requestPasswordReset", () => {
  it("sends agency staff Portico's mail, whose link opens Portico's page and sets a new password", async () => {
    expect(await requestReset(ownerEmail)).toEqual({ sent: true });
    const { mail, url, oobCode } = await resetMailTo(ownerEmail);
    expect(mail.subject).toBe("Reset your Portico password");
    expect(url.startsWith(`${appUrl("test")}/reset-password?oobCode=`)).toBe(true);

    const client = await webClient();
    await confirmPasswordReset(client.auth, oobCode, "a-brand-new-pass-9");
    await expect(
      signInWithEmailAndPassword(client.auth, ownerEmail, "a-brand-new-pass-9"),
    ).resolves.toBeTruthy();
  });

  it("answers an address without an account exactly as one with, and mails nothing", async () => {
    const unknown = `${uniqueMarker("nobody")}@reset.test`;
    expect(await requestReset(unknown)).toEqual({ sent: true });
    // The known address's mail is the positive evidence that mail of this kind got through.
    const known = `${uniqueMarker("known")}@reset.test`;
    await signUpAgency({
      displayName: "Kim",
      agencyName: uniqueMarker("Known"),
      email: known,
      password: VALID_PASSWORD,
    });
    expect(await requestReset(known)).toEqual({ sent: true });
    await resetMailTo(known);
    expect(await mailsTo(unknown)).toEqual([]);
  });

  it("sends a portal user the agency's branded mail in the client's language, to the portal's page", async () => {
    const contact = `${uniqueMarker("portal-reset")}@reset.test`;
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Lucía Cliente",
      email: contact,
      type: "client",
      language: "es",
    });
    await owner.call(CALLABLES.sendPortalInvitation, { clientId });
    const token = await vi.waitFor(
      async () => {
        const found = /\/portal\/join\/([A-Za-z0-9_-]{43})/.exec(
          (await mailsTo(contact))[0]?.text ?? "",
        );
        expect(found).not.toBeNull();
        return found?.[1] ?? "";
      },
      { timeout: 30_000, interval: 150 },
    );
    await (await webClient()).call(CALLABLES.acceptPortalInvitation, {
      token,
      displayName: "Lucía",
      password: VALID_PASSWORD,
    });

    await requestReset(contact, "en");
    const { mail, url } = await vi.waitFor(
      async () => {
        const resets = (await mailsTo(contact)).filter((m) => RESET_LINK.test(m.text));
        expect(resets).toHaveLength(1);
        const [found] = resets;
        return { mail: found as CapturedMail, url: RESET_LINK.exec(found?.text ?? "")?.[1] ?? "" };
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(mail.subject).toBe(`Restablece tu contraseña de ${agencyName}`);
    expect(url).toMatch(
      new RegExp(`^${appUrl("test")}/portal/reset-password\\?oobCode=.+&lang=es$`),
    );
  });

  it("stops after three requests for one address within the hour", async () => {
    const email = `${uniqueMarker("flood")}@reset.test`;
    for (let i = 0; i < 3; i++) expect(await requestReset(email)).toEqual({ sent: true });
    const error = await callableError(requestReset(email));
    expect(error.code).toBe("functions/resource-exhausted");
  });
});
