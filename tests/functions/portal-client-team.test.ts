import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { collection, doc, getDoc, getDocs } from "firebase/firestore";
import { describe, expect, it } from "vitest";
import {
  callableError,
  fieldErrors,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import {
  accept,
  activePortal,
  agencyId,
  count,
  describeLink,
  linkTo,
  newClient,
  owner,
  portalAgencyForThisFile,
  read,
} from "../support/portal-agency";

portalAgencyForThisFile();

describe("the client's own team", () => {
  it("a portal user invites a teammate in the client's language; the teammate joins and sees the same data", async () => {
    const client = await activePortal("nl");
    const mate = `${uniqueMarker("mate")}@portal.test`;
    const otherClient = await newClient();
    // Any clientId in the input is ignored: the claims decide.
    const { invitationId } = await client.portal.call<{ invitationId: string }>(
      CALLABLES.invitePortalTeammate,
      { email: mate, clientId: otherClient.clientId },
    );
    expect(await count(paths.portalInvitations(agencyId, otherClient.clientId))).toBe(0);
    expect(
      await read(paths.portalInvitation(agencyId, client.clientId, invitationId)),
    ).toMatchObject({
      email: mate,
      status: "pending",
      invitedBy: { kind: "portal", uid: client.uid, name: "Ana Client" },
    });

    const { mail, token } = await linkTo(mate);
    expect(mail.subject).toBe("Ana Client nodigt je uit voor het portaal van Ana Client");
    expect(mail.html).toContain('lang="nl"');
    expect((await describeLink(token)).locale).toBe("nl");
    await accept(token, "Mate");
    const teammate = await signedInClient(mate, VALID_PASSWORD);
    expect((await getDoc(doc(teammate.firestore(), client.viewPath))).get("name")).toBe(
      "Ana Client",
    );
    const team = await getDocs(
      collection(teammate.firestore(), paths.portalMembers(agencyId, client.clientId)),
    );
    expect(team.size).toBe(2);
  });

  it("refuses bad input and an address already active in the portal", async () => {
    const client = await activePortal();
    const before = await count(paths.portalInvitations(agencyId, client.clientId));

    const bad = await callableError(
      client.portal.call(CALLABLES.invitePortalTeammate, { email: "nope" }),
    );
    expect(bad.code).toBe("functions/invalid-argument");
    expect(fieldErrors(bad)).toEqual({
      email: "Enter a valid email address, like name@example.com.",
    });
    const active = await callableError(
      client.portal.call(CALLABLES.invitePortalTeammate, { email: client.email }),
    );
    expect(fieldErrors(active)).toEqual({ email: "This person already has access to the portal." });
    expect(await count(paths.portalInvitations(agencyId, client.clientId))).toBe(before);
  });

  it("keeps agency callables and portal callables apart", async () => {
    const client = await activePortal();
    const asPortal = await callableError(
      client.portal.call(CALLABLES.sendPortalInvitation, { clientId: client.clientId }),
    );
    expect(asPortal.code).toBe("functions/permission-denied");
    const revoke = await callableError(
      client.portal.call(CALLABLES.revokePortalAccess, { clientId: client.clientId }),
    );
    expect(revoke.code).toBe("functions/permission-denied");
    const asStaff = await callableError(
      owner.call(CALLABLES.invitePortalTeammate, { email: "x@portal.test" }),
    );
    expect(asStaff.code).toBe("functions/permission-denied");
    const signedOut = await callableError(
      (await webClient()).call(CALLABLES.portalInviteLinks, {}),
    );
    expect(signedOut.code).toBe("functions/unauthenticated");
  });
});
