import { defaultBranding } from "@portico/domain/branding";
import { describe, expect, it } from "vitest";
import { accessRequestEmail } from "./access-request";

const base = {
  branding: defaultBranding("Northwind Digital"),
  clientName: "Ana",
  services: ["Google Ads", "Meta ad account"],
  intakeForm: true,
  inviteUrl: "http://127.0.0.1:5173/i/abc",
};

describe("accessRequestEmail", () => {
  it("lists the services and links to the invite", async () => {
    const mail = await accessRequestEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Northwind Digital is requesting access to your accounts");
    expect(mail.html).toContain('href="http://127.0.0.1:5173/i/abc"');
    expect(mail.text).toContain("• Google Ads");
    expect(mail.text).toContain("• Meta ad account");
    expect(mail.text).toContain("You'll also answer a few short questions.");
  });

  it("speaks the client's language and says when it is a reminder", async () => {
    const mail = await accessRequestEmail({
      ...base,
      locale: "es",
      variant: "reminder",
      intakeForm: false,
    });
    expect(mail.subject).toBe("Recordatorio: Northwind Digital espera acceso a tus cuentas");
    expect(mail.html).toContain("Hola, Ana:");
    expect(mail.text).toContain("Te recordamos que Northwind Digital sigue esperando acceso.");
    expect(mail.text).not.toContain("preguntas");
  });

  it("announces an update after the agency edits the invite", async () => {
    const mail = await accessRequestEmail({ ...base, locale: "nl", variant: "update" });
    expect(mail.subject).toBe("Northwind Digital heeft het toegangsverzoek bijgewerkt");
    expect(mail.text).toContain("Dit is de actuele lijst.");
  });
});
