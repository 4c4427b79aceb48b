import type { AccessPageModel } from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it, vi } from "vitest";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";
import {
  agencyId,
  connect,
  createInvite,
  invitePageAgencyForThisFile,
  visitor,
} from "../support/invite-page-agency";

// The client's side of an invite, through the page's callables on the real
// emulators: no account, only the link token.

invitePageAgencyForThisFile();

describe("the intake form", () => {
  it("checks each answer against its question, keeps progress, and needs the required ones to send", async () => {
    const { token, inviteId, clientId } = await createInvite();
    const responseRef = admin().db.doc(paths.intakeResponse(agencyId, clientId, inviteId));

    const wrong = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: { consent: "yes please", budget: "A million", site: "ftp://files", nope: "?" },
      }),
    );
    expect(wrong.code).toBe("functions/invalid-argument");
    expect(fieldErrors(wrong)).toEqual({
      "answers.consent": "Esta pregunta necesita una respuesta.",
      "answers.budget": "Elige una de las opciones.",
      "answers.site": "Escribe una dirección web como acme.com o https://acme.com.",
      "answers.nope": "Esta pregunta no está en el formulario.",
    });
    const oversized = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, { token, answers: { goals: "x".repeat(5001) } }),
    );
    expect(fieldErrors(oversized)["answers.goals"]).toMatch(/5000/);
    expect((await responseRef.get()).exists).toBe(false);

    // Progress: a partial set saves as a draft; the invite's intake stays pending.
    await visitor.call(CALLABLES.saveIntakeAnswers, { token, answers: { goals: "More leads" } });
    expect((await responseRef.get()).data()).toMatchObject({
      status: "draft",
      answers: { goals: "More leads" },
    });
    const missing = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: { site: "https://ana.example" },
        submit: true,
      }),
    );
    expect(Object.keys(fieldErrors(missing)).sort()).toEqual(["answers.budget", "answers.consent"]);
    expect((await responseRef.get()).get("answers")).toEqual({ goals: "More leads" });

    const page = await visitor.call<AccessPageModel>(CALLABLES.saveIntakeAnswers, {
      token,
      // A bare domain is a web address, as for a client's website; stored normalised.
      answers: { budget: "1k-10k", consent: true, site: "ana.example" },
      submit: true,
    });
    expect(page.intake?.status).toBe("done");
    expect((await responseRef.get()).data()).toMatchObject({
      status: "submitted",
      answers: {
        goals: "More leads",
        budget: "1k-10k",
        consent: true,
        site: "https://ana.example/",
      },
      questions: expect.arrayContaining([
        { id: "goals", label: "What are your goals?", type: "long_text" },
      ]),
    });
    const resend = await callableError(
      visitor.call(CALLABLES.saveIntakeAnswers, {
        token,
        answers: { goals: "Changed" },
        submit: true,
      }),
    );
    expect(resend.code).toBe("functions/failed-precondition");
  });

  it("completes the invite once the required services are granted and the form is sent", async () => {
    const { token, inviteId, ref } = await createInvite();
    const { completed, state } = await connect(token, "google-ads");
    await visitor.call(CALLABLES.grantService, {
      token,
      state,
      accountId: completed.accounts[0]?.id,
    });
    await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-search-console" });
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("in_progress"), {
      timeout: 30_000,
      interval: 150,
    });
    await visitor.call(CALLABLES.saveIntakeAnswers, {
      token,
      answers: { goals: "Grow", budget: "Over 10k", consent: false },
      submit: true,
    });
    // The optional Meta service is still pending: complete all the same.
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("complete"), {
      timeout: 30_000,
      interval: 150,
    });
    const page = await visitor.call<AccessPageModel>(CALLABLES.openInvite, { token });
    expect(page.status).toBe("complete");
    const closed = await callableError(
      visitor.call(CALLABLES.skipService, { token, serviceId: "meta-ad-account", reason: "" }),
    );
    expect(closed.code).toBe("functions/failed-precondition");
    // The client's steps reach the feed through the invite's trigger, after the callables.
    const feedTypes = async () =>
      (
        await admin()
          .db.collection(paths.activity(agencyId))
          .where("inviteId", "==", inviteId)
          .get()
      ).docs
        .map((doc) => doc.get("type"))
        .sort();
    await vi.waitFor(
      async () =>
        expect(await feedTypes()).toEqual([
          "intake_done",
          "invite_completed",
          "invite_created",
          "service_granted",
          "service_granted",
        ]),
      { timeout: 30_000, interval: 150 },
    );
  });
});
