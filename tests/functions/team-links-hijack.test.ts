import { CALLABLES } from "@portico/domain/config";
import { httpsCallable } from "firebase/functions";
import { describe, expect, it } from "vitest";
import {
  admin,
  findUserByEmail,
  signedInClient,
  uniqueMarker,
  webClient,
} from "../support/emulator-clients";
import {
  invite,
  LINK_NO_LONGER_VALID,
  owner,
  refusedAccept,
  teamOwnerForThisFile,
  tokenDoc,
  tokenFromMail,
} from "../support/team-invitation-steps";
import { UNKNOWN_TOKEN, warmWorkers } from "../support/warm-workers";

teamOwnerForThisFile();

describe("team links that cannot be hijacked", () => {
  it("refuses a link whose invitation's address was rewritten after sending, and makes no account", async () => {
    const { path } = await invite(owner);
    const token = await tokenFromMail(path);
    const attacker = `${uniqueMarker("attacker")}@team.test`;
    await admin().db.doc(path).update({ email: attacker });

    const error = await refusedAccept(token, "Mallory");
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message.startsWith(LINK_NO_LONGER_VALID)).toBe(true);
    expect(await findUserByEmail(attacker)).toBeNull();
    expect((await tokenDoc(token)).get("usedAt")).toBeNull();
  });

  it("answers concurrent accepts of one link with one account and failed-precondition for the rest", async () => {
    const { email, path } = await invite(owner);
    const token = await tokenFromMail(path);
    const clients = await Promise.all(Array.from({ length: 20 }, () => webClient()));
    await warmWorkers(
      () =>
        webClient().then((client) =>
          client.call(CALLABLES.acceptTeamInvitation, { token: UNKNOWN_TOKEN }),
        ),
      20,
    );
    const outcomes = await Promise.allSettled(
      clients.map((client, index) =>
        // Twenty requests at once start workers cold in the emulator: allow for it.
        httpsCallable(client.functions, CALLABLES.acceptTeamInvitation, { timeout: 240_000 })({
          token,
          displayName: `Racer ${index}`,
          password: `concurrent-pass-${index}`,
        }),
      ),
    );
    const winners = outcomes.flatMap((outcome, index) =>
      outcome.status === "fulfilled" ? [index] : [],
    );
    const losers = outcomes.flatMap((outcome) =>
      outcome.status === "rejected" ? [(outcome.reason as { code?: string }).code] : [],
    );
    expect(winners).toHaveLength(1);
    expect(new Set(losers)).toEqual(new Set(["functions/failed-precondition"]));
    const winner = winners[0] as number;
    const user = await findUserByEmail(email);
    expect(user?.displayName).toBe(`Racer ${winner}`);
    expect(user?.customClaims).toEqual({ agencyId: owner.agencyId, role: "member" });
    await expect(
      signedInClient(email, `concurrent-pass-${winner}`).then(() => "signed in"),
    ).resolves.toBe("signed in");
  }, 300_000);
});
