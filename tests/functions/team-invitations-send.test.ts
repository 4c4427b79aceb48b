import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  admin,
  callableError,
  fieldErrors,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
} from "../support/emulator-clients";
import {
  invite,
  owner,
  teamOwnerForThisFile,
  tokenDoc,
  tokenFromMail,
} from "../support/team-invitation-steps";

teamOwnerForThisFile();

describe("inviteTeammate", () => {
  it("answers bad input with field messages and writes nothing", async () => {
    const error = await callableError(
      owner.client.call(CALLABLES.inviteTeammate, { email: "nope", role: "superuser" }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({
      email: "Enter a valid email address, like name@example.com.",
      role: "Choose a role: owner, admin, member or viewer.",
    });
    const invitations = await admin()
      .db.collection(paths.invitations(owner.agencyId))
      .count()
      .get();
    expect(invitations.data().count).toBe(0);
  });

  it("stores only a hash of the token, and the link carries 256 bits", async () => {
    const { path } = await invite(owner);
    const token = await tokenFromMail(path);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const stored = await tokenDoc(token);
    expect(stored.exists).toBe(true);
    expect(stored.get("kind")).toBe("team");
    const invitation = await admin().db.doc(path).get();
    expect(JSON.stringify(invitation.data())).not.toContain(token);
    expect(JSON.stringify(stored.data())).not.toContain(token);
  });

  it("refuses an address that is already on the team", async () => {
    const error = await callableError(
      owner.client.call(CALLABLES.inviteTeammate, { email: owner.email, role: "member" }),
    );
    expect(fieldErrors(error)).toEqual({ email: "This person is already on the team." });
  });

  it("refuses callers who are not owners or admins", async () => {
    const stranger = await signedInClient(
      (
        await admin().auth.createUser({
          email: `${uniqueMarker("nobody")}@team.test`,
          password: VALID_PASSWORD,
        })
      ).email ?? "",
      VALID_PASSWORD,
    );
    const error = await callableError(
      stranger.call(CALLABLES.inviteTeammate, { email: "x@team.test", role: "member" }),
    );
    expect(error.code).toBe("functions/permission-denied");
  });
});
