import { describe, expect, it } from "vitest";
import { accessPageModel } from "../access-page";
import { defaultBranding } from "../branding";
import { en } from "../i18n/en";
import { levelKey } from "./levels";
import { SERVICES } from "./services";

describe("access-level names in the client's language", () => {
  it("every level of every service has a name in the catalogue (so in es and nl too)", () => {
    const missing = SERVICES.flatMap((service) =>
      service.accessLevels
        .filter((level) => !(levelKey(level.label) in en.accessLevels))
        .map((level) => `${service.id}/${level.id}: ${level.label}`),
    );
    expect(missing).toEqual([]);
  });

  it("the access page names the level in Spanish and Dutch", () => {
    const page = (locale: "en" | "es" | "nl") =>
      accessPageModel({
        branding: defaultBranding("Northwind"),
        locale,
        clientName: "Acme",
        services: [
          {
            serviceId: "google-ads",
            accessLevel: "read-only",
            optional: false,
            agencyAccount: "123-456-7890",
            status: "pending",
          },
        ],
        connectable: "all",
        intake: null,
        status: "pending",
        finish: { thankYouMessage: "", redirectUrl: "" },
      }).services[0]?.levelLabel;
    expect([page("en"), page("es"), page("nl")]).toEqual([
      "Read only",
      "Solo lectura",
      "Alleen lezen",
    ]);
  });
});
