import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import { clientsTeamForThisFile, team } from "../support/clients-team";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";

clientsTeamForThisFile();

describe("connected accounts", () => {
  it("validates each platform's ID, refuses duplicates and non-managers", async () => {
    const bad = await callableError(
      team.owner.call(CALLABLES.saveConnectedAccount, {
        kind: "google-ads-manager",
        value: "123-45-6789",
      }),
    );
    expect(fieldErrors(bad)).toEqual({ value: "Use a Google Ads customer ID like 123-456-7890." });

    const { accountId } = await team.owner.call<{ accountId: string }>(
      CALLABLES.saveConnectedAccount,
      {
        kind: "google-ads-manager",
        label: "Main MCC",
        value: "9876543210",
      },
    );
    const stored = (
      await admin().db.doc(paths.connectedAccount(team.agencyId, accountId)).get()
    ).data();
    expect(stored).toMatchObject({
      kind: "google-ads-manager",
      platform: "google",
      label: "Main MCC",
      value: "987-654-3210",
    });

    const dupe = await callableError(
      team.owner.call(CALLABLES.saveConnectedAccount, {
        kind: "google-ads-manager",
        value: "987-654-3210",
      }),
    );
    expect(fieldErrors(dupe)).toEqual({ value: "This account is already connected." });

    const member = await callableError(
      team.member.call(CALLABLES.saveConnectedAccount, {
        kind: "google-ads-manager",
        value: "111-222-3333",
      }),
    );
    expect(member.code).toBe("functions/permission-denied");

    await team.owner.call(CALLABLES.removeConnectedAccount, { accountId });
    expect(
      (await admin().db.doc(paths.connectedAccount(team.agencyId, accountId)).get()).exists,
    ).toBe(false);
  });
});

describe("intake form", () => {
  it("saves a valid form and refuses a bad one field by field", async () => {
    const form = {
      enabled: true,
      questions: [
        { id: "goals", type: "long_text", label: "What are your goals?", required: true },
        {
          id: "budget",
          type: "single_choice",
          label: "Monthly budget",
          options: ["< $1k", "$1k–$10k"],
        },
      ],
    };
    await team.owner.call(CALLABLES.updateIntakeForm, form);
    const ref = admin().db.doc(paths.settings(team.agencyId, "intakeForm"));
    expect((await ref.get()).get("questions")).toHaveLength(2);

    const error = await callableError(
      team.owner.call(CALLABLES.updateIntakeForm, {
        enabled: true,
        questions: [{ id: "x", type: "multiple_choice", label: "", options: ["only one"] }],
      }),
    );
    expect(fieldErrors(error)).toEqual({
      "questions.0.label": "Enter the question.",
      "questions.0.options": "Add at least two options.",
    });
    expect((await ref.get()).get("questions")).toHaveLength(2);

    const member = await callableError(team.member.call(CALLABLES.updateIntakeForm, form));
    expect(member.code).toBe("functions/permission-denied");
  });
});
