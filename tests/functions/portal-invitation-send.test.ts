import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { portalState } from "@portico/domain/portal";
import { describe, expect, it } from "vitest";
import { appUrl } from "../../scripts/lib/emulators";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";
import {
  agencyId,
  agencyName,
  count,
  linkTo,
  newClient,
  owner,
  portalAgencyForThisFile,
  read,
  send,
  tokenDoc,
} from "../support/portal-agency";

portalAgencyForThisFile();

describe("sendPortalInvitation", () => {
  it("answers bad input with field messages and writes nothing", async () => {
    const error = await callableError(owner.call(CALLABLES.sendPortalInvitation, {}));
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({ clientId: "Missing id." });
  });

  it("refuses a client without a contact email and writes nothing", async () => {
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "No Mail",
      type: "client",
      language: "en",
    });
    const error = await callableError(send(clientId));
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message).toMatch(/^Add the client's email first/);
    expect((await read(paths.client(agencyId, clientId)))?.portal).toBeNull();
    expect(await count(paths.portalInvitations(agencyId, clientId))).toBe(0);
  });

  it("mails a branded link in the client's language and marks the client Invite Sent", async () => {
    const client = await newClient({ language: "es" });
    const { invitationId, expiresAt } = await send(client.clientId);

    const { mail, token } = await linkTo(client.email);
    expect(mail.subject).toBe(`${agencyName} te ha invitado a tu portal de cliente`);
    expect(mail.text).toContain(`${appUrl("test")}/portal/join/${token}`);
    expect(mail.text).toContain("Crear tu cuenta del portal");
    expect(mail.html).toContain('lang="es"');
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const lifetime = Date.parse(expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(lifetime).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);
    const invitation = await read(paths.portalInvitation(agencyId, client.clientId, invitationId));
    expect(invitation).toMatchObject({
      email: client.email,
      status: "pending",
      invitedBy: { kind: "agency", name: "Olga Owner" },
    });
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(await tokenDoc(token)).toMatchObject({
      kind: "portal",
      agencyId,
      clientId: client.clientId,
      usedAt: null,
    });
    const portal = (await read(client.path))?.portal;
    expect(portal).toMatchObject({ status: "invited", invitedEmail: client.email });
    expect(
      portalState(
        {
          email: client.email,
          portal: { status: portal.status, expiresAt: portal.expiresAt.toDate() },
        },
        new Date(),
      ),
    ).toBe("Invite Sent");
    // Exactly one email for the invitation, in the outbox and in the inbox.
    const outbox = await admin()
      .db.collection("mail")
      .where("relatedPath", "==", paths.portalInvitation(agencyId, client.clientId, invitationId))
      .get();
    expect(outbox.size).toBe(1);
  });
});
