import { defaultBranding } from "@portico/domain/branding";
import { describe, expect, it } from "vitest";
import { teamInvitationEmail } from "./team-invitation";

const branding = { ...defaultBranding("Northwind Digital"), primaryColor: "#0f766e" };
const base = {
  branding,
  inviterName: "Olivia <Owner>",
  role: "admin" as const,
  acceptUrl: "http://127.0.0.1:5173/join/abc_DEF-123",
  expiresAt: new Date(Date.UTC(2026, 10, 28)),
};

describe("teamInvitationEmail", () => {
  it("renders a branded HTML part and a matching text part with the link", async () => {
    const mail = await teamInvitationEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Olivia <Owner> invited you to join Northwind Digital on Portico");
    expect(mail.html).toContain('href="http://127.0.0.1:5173/join/abc_DEF-123"');
    expect(mail.html).toContain("background-color:#0f766e");
    expect(mail.html).toContain('lang="en"');
    // Names are text, never markup.
    expect(mail.html).toContain("Olivia &lt;Owner&gt;");
    expect(mail.html).not.toContain("<Owner>");
    expect(mail.text).toContain("http://127.0.0.1:5173/join/abc_DEF-123");
    expect(mail.text).toContain("as Admin");
    expect(mail.text).toContain("expires on November 28, 2026");
  });

  it("speaks the reader's language", async () => {
    const mail = await teamInvitationEmail({ ...base, locale: "nl" });
    expect(mail.subject).toBe("Olivia <Owner> nodigt je uit voor Northwind Digital op Portico");
    expect(mail.text).toContain("als Beheerder");
    expect(mail.text).toContain("Uitnodiging accepteren");
  });
});
