import { defaultBranding } from "@portico/domain/branding";
import { describe, expect, it } from "vitest";
import { portalInvitationEmail, portalInvitationPreview } from "./portal-invitation";

const branding = { ...defaultBranding("Northwind Digital"), primaryColor: "#0f766e" };
const base = {
  branding,
  clientName: "Ana <Client>",
  inviter: { kind: "agency" as const, name: "Olivia Owner" },
  acceptUrl: "http://127.0.0.1:5173/portal/join/abc_DEF-123",
  expiresAt: new Date(Date.UTC(2026, 10, 28)),
};

describe("portalInvitationEmail", () => {
  it("renders the agency's invitation, branded, with the link and its expiry", async () => {
    const mail = await portalInvitationEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Northwind Digital invited you to your client portal");
    expect(mail.html).toContain('href="http://127.0.0.1:5173/portal/join/abc_DEF-123"');
    expect(mail.html).toContain("background-color:#0f766e");
    expect(mail.html).toContain('lang="en"');
    expect(mail.html).toContain("Ana &lt;Client&gt;");
    expect(mail.html).not.toContain("<Client>");
    expect(mail.text).toContain("http://127.0.0.1:5173/portal/join/abc_DEF-123");
    expect(mail.text).toContain("Create your portal account");
    expect(mail.text).toContain("expires on November 28, 2026");
  });

  it("speaks the client's language", async () => {
    const mail = await portalInvitationEmail({ ...base, locale: "es" });
    expect(mail.subject).toBe("Northwind Digital te ha invitado a tu portal de cliente");
    expect(mail.text).toContain("Crear tu cuenta del portal");
    expect(mail.html).toContain('lang="es"');
  });

  it("names the teammate who invites, for a portal user's own team", async () => {
    const mail = await portalInvitationEmail({
      ...base,
      locale: "nl",
      inviter: { kind: "portal", name: "Piet" },
    });
    expect(mail.subject).toBe("Piet nodigt je uit voor het portaal van Ana <Client>");
    expect(mail.text).toContain("Piet nodigt je uit voor het klantportaal");
  });
});

describe("portalInvitationPreview", () => {
  it("is the agency's email with a placeholder link and the agency's link lifetime", async () => {
    const now = new Date(Date.UTC(2026, 10, 1));
    const preview = await portalInvitationPreview({
      branding,
      locale: "en",
      clientName: "Ana",
      linkLifetimeDays: 7,
      now,
    });
    const sent = await portalInvitationEmail({
      ...base,
      clientName: "Ana",
      locale: "en",
      acceptUrl: "https://portico.example/portal/join/preview",
      expiresAt: new Date(Date.UTC(2026, 10, 8)),
    });
    expect(preview).toEqual(sent);
    expect(preview.text).toContain("expires on November 8, 2026");
  });
});
