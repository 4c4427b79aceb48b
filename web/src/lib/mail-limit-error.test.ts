import { formatMailLimitTime } from "@portico/domain/format";
import { describe, expect, it } from "vitest";
import { CallableError } from "./callable-core";
import { mailLimitOf, withMailLimitMessage } from "./mail-limit-error";

const details = { reason: "portalUserDaily", resetsAt: "2026-11-30T00:00:00.000Z", limit: 20 };
const refusal = new CallableError(
  "You've reached today's limit of 20 invitations. You can send more from Nov 30, 2026, 12:00 AM UTC.",
  "resource-exhausted",
  {},
  details,
);

describe("mail-limit refusals", () => {
  it("are reworded in the reader's language with the reset time on their own clock", () => {
    const reworded = withMailLimitMessage(refusal, "es") as CallableError;
    const time = formatMailLimitTime(new Date(details.resetsAt), "es");
    expect(reworded.message).toBe(
      `Has alcanzado el límite de hoy de 20 invitaciones. Podrás enviar más a partir del ${time}.`,
    );
    expect(reworded.code).toBe("resource-exhausted");
    expect(mailLimitOf(reworded)).toEqual(details);
  });

  it("leave other errors alone, including the reminder cooldown's own answer", () => {
    const cooldown = new CallableError(
      "A reminder was sent recently.",
      "resource-exhausted",
      {},
      {
        nextReminderAt: details.resetsAt,
      },
    );
    expect(withMailLimitMessage(cooldown, "en")).toBe(cooldown);
    const other = new Error("offline");
    expect(withMailLimitMessage(other, "en")).toBe(other);
    expect(mailLimitOf(other)).toBeNull();
  });
});
