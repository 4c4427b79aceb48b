import { defaultBranding } from "@portico/domain/branding";
import { describe, expect, it } from "vitest";
import { portalAddressUnavailableEmail } from "./portal-address-unavailable";

const base = {
  branding: { ...defaultBranding("Northwind Digital"), primaryColor: "#0f766e" },
  clientName: "Ana <Client>",
  inviterName: "Piet",
};

describe("portalAddressUnavailableEmail", () => {
  it("tells the address's owner why it can't join and whom to ask, with nothing to click", async () => {
    const mail = await portalAddressUnavailableEmail({ ...base, locale: "en" });
    expect(mail.subject).toBe("This address can't be used for the Ana <Client> portal");
    expect(mail.text).toContain("Piet asked for this address");
    expect(mail.text).toContain("ask Piet to use another of your addresses");
    expect(mail.html).toContain("Ana &lt;Client&gt;");
    expect(mail.html).toContain("background-color:#0f766e");
    expect(mail.html).not.toMatch(/<a [^>]*href="http/);
  });

  it("speaks the client's language", async () => {
    const es = await portalAddressUnavailableEmail({ ...base, locale: "es" });
    expect(es.subject).toBe("Esta dirección no se puede usar para el portal de Ana <Client>");
    expect(es.html).toContain('lang="es"');
    const nl = await portalAddressUnavailableEmail({ ...base, locale: "nl" });
    expect(nl.subject).toBe("Dit adres kan niet worden gebruikt voor het portaal van Ana <Client>");
  });
});
