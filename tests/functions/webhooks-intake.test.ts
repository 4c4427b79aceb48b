import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterEach, expect, it, vi } from "vitest";
import { admin } from "../support/emulator-clients";
import {
  agencyId,
  createInvite,
  invitePageAgencyForThisFile,
  owner,
  visitor,
} from "../support/invite-page-agency";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// intake.completed through the real trigger: the client sends the intake form
// on the invite page, and the event carries the answers the agency's CRM
// needs, each with its question as it was asked.

invitePageAgencyForThisFile();

let receiver: WebhookReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
});

it("sends intake.completed with every question, in order, and the client's answers", async () => {
  receiver = await startWebhookReceiver();
  const hook = receiver;
  const { secret } = await owner.call<{ endpointId: string; secret: string }>(
    CALLABLES.createWebhookEndpoint,
    { url: hook.url, events: ["intake.completed"] },
  );
  hook.secrets = [secret];
  const { token, inviteId, clientId } = await createInvite();
  await visitor.call(CALLABLES.saveIntakeAnswers, {
    token,
    answers: { goals: "Grow", budget: "Over 10k", consent: false },
    submit: true,
  });

  await vi.waitFor(() => expect(hook.received).toHaveLength(1), { timeout: 60_000 });
  const [event] = hook.received;
  expect(event?.verifiedWith).toEqual([0]);
  expect(event?.payload).toMatchObject({
    type: "intake.completed",
    data: { inviteId, clientId, invite: { intake: { requested: true, status: "done" } } },
  });
  // The labels as the client's page asked them (the stored questions).
  const asked = (
    await admin()
      .db.doc(paths.intakeResponse(agencyId, clientId, inviteId))
      .get()
  ).get("questions") as { id: string; label: string }[];
  const labels = Object.fromEntries(asked.map((question) => [question.id, question.label]));
  expect(event?.payload.data.answers).toEqual([
    { questionId: "goals", label: labels.goals, type: "long_text", answer: "Grow" },
    { questionId: "site", label: labels.site, type: "url", answer: null },
    { questionId: "budget", label: labels.budget, type: "single_choice", answer: "Over 10k" },
    { questionId: "consent", label: labels.consent, type: "yes_no", answer: false },
  ]);
});
