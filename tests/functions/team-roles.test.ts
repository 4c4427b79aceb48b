import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { doc, getDoc } from "firebase/firestore";
import { describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  findUserByEmail,
  signedInClient,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";
import {
  invite,
  newAgency,
  teamOwnerForThisFile,
  tokenFromMail,
} from "../support/team-invitation-steps";

teamOwnerForThisFile();

describe("roles and removal", () => {
  it("keeps at least one owner", async () => {
    const agency = await newAgency("lone-owner");
    const uid = agency.client.auth.currentUser?.uid ?? "";
    const demote = await callableError(
      agency.client.call(CALLABLES.changeMemberRole, { uid, role: "admin" }),
    );
    expect(demote.code).toBe("functions/failed-precondition");
    expect(demote.message).toContain("At least one owner must remain");
    const remove = await callableError(agency.client.call(CALLABLES.removeMember, { uid }));
    expect(remove.code).toBe("functions/failed-precondition");
    expect((await admin().db.doc(paths.member(agency.agencyId, uid)).get()).get("role")).toBe(
      "owner",
    );
  });

  it("lets admins manage members but not ownership", async () => {
    const agency = await newAgency("admin-limits");
    const { email, path } = await invite(agency, "admin");
    const token = await tokenFromMail(path);
    await (await webClient()).call(CALLABLES.acceptTeamInvitation, {
      token,
      displayName: "Al",
      password: VALID_PASSWORD,
    });
    const adminClient = await signedInClient(email, VALID_PASSWORD);
    const ownerUid = agency.client.auth.currentUser?.uid ?? "";

    const inviteOwner = await callableError(
      adminClient.call(CALLABLES.inviteTeammate, { email: "o@team.test", role: "owner" }),
    );
    expect(inviteOwner.code).toBe("functions/permission-denied");
    const demoteOwner = await callableError(
      adminClient.call(CALLABLES.changeMemberRole, { uid: ownerUid, role: "viewer" }),
    );
    expect(demoteOwner.code).toBe("functions/permission-denied");
    const removeOwner = await callableError(
      adminClient.call(CALLABLES.removeMember, { uid: ownerUid }),
    );
    expect(removeOwner.code).toBe("functions/permission-denied");
    expect((await admin().db.doc(paths.member(agency.agencyId, ownerUid)).get()).get("role")).toBe(
      "owner",
    );
  });

  it("ends a removed member's access at once, before their token expires", async () => {
    const agency = await newAgency("removal");
    const { email, path } = await invite(agency, "member");
    const token = await tokenFromMail(path);
    await (await webClient()).call(CALLABLES.acceptTeamInvitation, {
      token,
      displayName: "Mo",
      password: VALID_PASSWORD,
    });
    const member = await signedInClient(email, VALID_PASSWORD);
    await member.auth.currentUser?.getIdToken(true);
    const agencyDoc = doc(member.firestore(), paths.agency(agency.agencyId));
    expect((await getDoc(agencyDoc)).exists()).toBe(true);

    await agency.client.call(CALLABLES.removeMember, { uid: member.auth.currentUser?.uid });

    // Same (still unexpired) ID token: the rules refuse because the membership is gone.
    await expect(getDoc(agencyDoc)).rejects.toMatchObject({ code: "permission-denied" });
    expect((await findUserByEmail(email))?.customClaims ?? {}).toEqual({});
  });
});
