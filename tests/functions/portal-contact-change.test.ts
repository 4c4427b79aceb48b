import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { applyActionCode, signInWithEmailAndPassword } from "firebase/auth";
import { describe, expect, it, vi } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import {
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import { mailsTo } from "../support/mail-inbox";
import {
  accept,
  activePortal,
  agencyId,
  describeLink,
  linkTo,
  newClient,
  owner,
  portalAgencyForThisFile,
  read,
  send,
} from "../support/portal-agency";

portalAgencyForThisFile();

describe("changing the client's contact address", () => {
  const update = (clientId: string, email: string, language = "es") =>
    owner.call(CALLABLES.updateClient, {
      clientId,
      name: "Ana Client",
      email,
      type: "client",
      language,
    });
  const signIn = async (email: string) =>
    signInWithEmailAndPassword((await webClient()).auth, email, VALID_PASSWORD);

  it("before acceptance: updating the address and resending sends the link to the new one", async () => {
    const client = await newClient();
    await send(client.clientId);
    const first = await linkTo(client.email);
    const newEmail = `${uniqueMarker("moved")}@portal.test`;
    await update(client.clientId, newEmail);
    await send(client.clientId);
    const { token } = await linkTo(newEmail);
    expect((await describeLink(first.token)).state).toBe("invalid");
    expect((await accept(token)).email).toBe(newEmail);
  });

  it("after acceptance: the new address gets a verification email and becomes the sign-in only once verified", async () => {
    const client = await activePortal("nl");
    const newEmail = `${uniqueMarker("moved")}@portal.test`;
    await update(client.clientId, newEmail, "nl");

    const mail = await vi.waitFor(
      async () => {
        const [found] = await mailsTo(newEmail);
        expect(found?.subject).toBe(
          "Bevestig je nieuwe inlogadres voor het portaal van Ana Client",
        );
        return found;
      },
      { timeout: 30_000, interval: 150 },
    );
    // Portico's own page completes the change, in the client's language.
    const link =
      /http:\/\/127\.0\.0\.1:\d+\/portal\/confirm-email\?oobCode=([^\s&)]+)&lang=nl/.exec(
        mail?.text ?? "",
      );
    expect(link?.[0].startsWith(`${appUrl("test")}/portal/confirm-email?`)).toBe(true);
    // Not verified yet: the old address still signs in, the new one does not.
    await expect(signIn(newEmail)).rejects.toThrow();
    await expect(signIn(client.email)).resolves.toBeTruthy();
    expect(await read(paths.portalMember(agencyId, client.clientId, client.uid))).toMatchObject({
      email: client.email,
      pendingEmail: newEmail,
    });

    // A retried update sends no second email.
    await update(client.clientId, newEmail, "nl");
    expect(await mailsTo(newEmail)).toHaveLength(1);

    await applyActionCode((await webClient()).auth, decodeURIComponent(link?.[1] ?? ""));
    await expect(signIn(client.email)).rejects.toThrow();
    const moved = await signedInClient(newEmail, VALID_PASSWORD);
    expect(moved.auth.currentUser?.uid).toBe(client.uid);
    // The portal user's record follows the verified address on their next visit.
    await moved.call(CALLABLES.portalInviteLinks, {});
    const member = await read(paths.portalMember(agencyId, client.clientId, client.uid));
    expect(member?.email).toBe(newEmail);
    expect(member?.pendingEmail).toBeUndefined();
  });
});
