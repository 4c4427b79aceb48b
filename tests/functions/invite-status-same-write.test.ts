import { CALLABLES } from "@portico/domain/config";
import { inviteStatus } from "@portico/domain/invite-status";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import { admin } from "../support/emulator-clients";
import {
  accounts,
  agencyId,
  connect,
  createInvite,
  type INTAKE_QUESTIONS,
  invitePageAgencyForThisFile,
  owner,
  visitor,
} from "../support/invite-page-agency";
import { UNKNOWN_TOKEN, warmWorkers } from "../support/warm-workers";

// The invite's status, the board's counts and the client's latest-invite
// context are written in the same transaction as the client's step, so the
// board never shows a step with the status from before it.

invitePageAgencyForThisFile();

type Progress = Parameters<typeof inviteStatus>[0] & { status: string };

const stats = async () => ({
  pending: 0,
  in_progress: 0,
  complete: 0,
  ...(await admin().db.doc(paths.inviteStats(agencyId)).get()).data(),
});

const intakeAnswers = {
  goals: "More bookings",
  budget: "1k-10k",
  consent: true,
} satisfies Partial<Record<(typeof INTAKE_QUESTIONS)[number]["id"], unknown>>;

describe("an invite's status moves with the step that moves it", () => {
  it("every version of the invite carries the status its services and intake decide", async () => {
    const { token, inviteId, clientId, ref } = await createInvite();
    const seen: Progress[] = [];
    const unsubscribe = ref.onSnapshot((snapshot) => {
      if (snapshot.exists) seen.push(snapshot.data() as Progress);
    });
    const before = await stats();
    try {
      await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-search-console" });
      // Read as the callable answers, with no trigger waited for.
      expect((await ref.get()).get("status")).toBe("in_progress");
      expect(
        (await admin().db.doc(paths.client(agencyId, clientId)).get()).get("latestInvite.status"),
      ).toBe("in_progress");
      expect(await stats()).toMatchObject({
        pending: before.pending - 1,
        in_progress: before.in_progress + 1,
      });

      await visitor.call(CALLABLES.skipService, { token, serviceId: "meta-ad-account" });
      const { state, completed } = await connect(token, "google-ads");
      await visitor.call(CALLABLES.grantService, {
        token,
        state,
        accountId: completed.accounts[0]?.id,
      });
      await visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: intakeAnswers,
        submit: true,
      });
      expect((await ref.get()).get("status")).toBe("complete");
      expect(
        (await admin().db.doc(paths.client(agencyId, clientId)).get()).get("latestInvite.status"),
      ).toBe("complete");
      expect(await stats()).toMatchObject({
        in_progress: before.in_progress,
        complete: before.complete + 1,
      });
    } finally {
      unsubscribe();
    }
    expect(seen.length).toBeGreaterThan(1);
    for (const version of seen) expect(version.status).toBe(inviteStatus(version));
    const completions = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .where("type", "==", "invite_completed")
      .get();
    expect(completions.size).toBe(1);
  });

  it("20 simultaneous steps on one invite end with the right status, counts and one completion", async () => {
    const { token, inviteId, ref } = await createInvite({ intake: false });
    const before = await stats();
    await warmWorkers(
      () =>
        visitor.call(CALLABLES.confirmService, { token: UNKNOWN_TOKEN, serviceId: "google-ads" }),
      14,
    );
    await warmWorkers(
      () => visitor.call(CALLABLES.skipService, { token: UNKNOWN_TOKEN, serviceId: "google-ads" }),
      6,
      3,
    );
    const steps = Array.from({ length: 20 }, (_, index) =>
      index % 3 === 2
        ? visitor.call(CALLABLES.skipService, { token, serviceId: "meta-ad-account" })
        : visitor.call(CALLABLES.confirmService, {
            token,
            serviceId: index % 3 === 0 ? "google-ads" : "google-search-console",
          }),
    );
    const outcomes = await Promise.allSettled(steps);
    // Each service moves once; the repeats are refused as already done.
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled").length).toBeGreaterThan(1);

    const invite = (await ref.get()).data() as Progress;
    expect(invite.services.map((service) => service.status).sort()).toEqual([
      "granted",
      "granted",
      expect.stringMatching(/^(granted|skipped|pending)$/),
    ]);
    expect(invite.status).toBe("complete");
    expect(await stats()).toMatchObject({
      pending: before.pending - 1,
      in_progress: before.in_progress,
      complete: before.complete + 1,
    });
    const completions = await admin()
      .db.collection(paths.activity(agencyId))
      .where("inviteId", "==", inviteId)
      .where("type", "==", "invite_completed")
      .get();
    expect(completions.size).toBe(1);
  });

  it("an agency edit that leaves only granted services completes the invite in the same write", async () => {
    const { token, inviteId, ref } = await createInvite({ intake: false });
    await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-ads" });
    expect((await ref.get()).get("status")).toBe("in_progress");
    // Only the granted service is kept: nothing is left to do.
    await owner.call(CALLABLES.editInvite, {
      inviteId,
      services: [
        { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: accounts.ads },
      ],
    });
    expect((await ref.get()).get("status")).toBe("complete");
  });
});
