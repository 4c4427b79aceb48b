import { defaultBranding } from "@portico/domain/branding";
import { describe, expect, it } from "vitest";
import { portalWelcomeEmail } from "./portal-welcome";

const base = {
  branding: { ...defaultBranding("Northwind Digital"), primaryColor: "#0f766e" },
  company: "Acme <Bakery>",
  name: "Ana",
  email: "ana@acme.test",
  portalUrl: "http://127.0.0.1:5173/portal/a/agency123",
};

describe("portalWelcomeEmail", () => {
  it("gives the portal's own address to bookmark, branded", async () => {
    const mail = await portalWelcomeEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("Welcome to the Acme <Bakery> portal");
    expect(mail.fromName).toBe("Northwind Digital");
    expect(mail.html).toContain('href="http://127.0.0.1:5173/portal/a/agency123"');
    expect(mail.html).toContain("background-color:#0f766e");
    expect(mail.html).toContain("Acme &lt;Bakery&gt;");
    expect(mail.text).toContain("You sign in with ana@acme.test.");
    expect(mail.text).toContain("http://127.0.0.1:5173/portal/a/agency123");
  });

  it.each([
    ["es", "Te damos la bienvenida al portal de Acme <Bakery>", "Ir a tu portal"],
    ["nl", "Welkom in het portaal van Acme <Bakery>", "Naar je portaal"],
  ] as const)("speaks the client's language (%s)", async (locale, subject, button) => {
    const mail = await portalWelcomeEmail({ ...base, locale });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(button);
    expect(mail.html).toContain(`lang="${locale}"`);
  });
});
