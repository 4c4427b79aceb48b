import { defaultBranding } from "@portico/domain/branding";
import { describe, expect, it } from "vitest";
import { weeklyDigestEmail } from "./weekly-digest";

const base = {
  branding: { ...defaultBranding("Northwind Digital"), primaryColor: "#0f766e" },
  company: "Bright Smiles",
  start: "2026-11-30",
  end: "2026-12-06",
  figures: { calls: 42, answered: 40, bookings: 10, bookingRate: 0.25 },
  questions: [] as string[],
  portalUrl: "http://127.0.0.1:5173/portal/a/agency123",
  unsubscribeUrl: "http://127.0.0.1:5173/portal/unsubscribe#token=abc",
};

describe("weeklyDigestEmail", () => {
  it("gives last week's figures, branded, with the portal and a one-click unsubscribe", async () => {
    const mail = await weeklyDigestEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Your AI agent's week at Bright Smiles");
    expect(mail.fromName).toBe("Northwind Digital");
    expect(mail.html).toContain("background-color:#0f766e");
    expect(mail.text).toContain("from November 30, 2026 to December 6, 2026");
    expect(mail.text).toContain("42");
    expect(mail.text).toContain("25%");
    expect(mail.html).toContain('href="http://127.0.0.1:5173/portal/a/agency123"');
    expect(mail.text).toContain("http://127.0.0.1:5173/portal/unsubscribe#token=abc");
    expect(mail.text).not.toContain("couldn't answer");
  });

  it("lists the questions the agent could not answer when there are some", async () => {
    const mail = await weeklyDigestEmail({
      ...base,
      locale: "en",
      questions: ["Do you take Delta Dental?"],
    });
    expect(mail.text).toContain("Questions your agent couldn't answer");
    expect(mail.text).toContain("Do you take Delta Dental?");
  });

  it.each([
    ["es", "La semana de tu agente de IA en Bright Smiles", "Abrir tu portal"],
    ["nl", "De week van je AI-agent bij Bright Smiles", "Open je portaal"],
  ] as const)("speaks the client's language (%s)", async (locale, subject, button) => {
    const mail = await weeklyDigestEmail({ ...base, locale });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(button);
    expect(mail.html).toContain(`lang="${locale}"`);
  });
});
