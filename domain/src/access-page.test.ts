import { describe, expect, it } from "vitest";
import { accessPageModel, redirectHost } from "./access-page";
import { progressText } from "./access-page-model";
import { defaultBranding } from "./branding";
import { SERVICES } from "./catalogue/services";
import type { Locale } from "./i18n/locales";
import type { ServiceStatus } from "./invites";

describe("redirectHost", () => {
  it("names the host a redirect leads to, with its port", () => {
    expect(redirectHost("https://harbor-lights.example/welcome?x=1")).toBe("harbor-lights.example");
    expect(redirectHost("http://agency.example:8080/done")).toBe("agency.example:8080");
  });

  it("shows an internationalized name in punycode, so a look-alike cannot pass for another", () => {
    expect(redirectHost("https://аpple.example/")).toBe("xn--pple-43d.example");
  });

  it("is empty without a redirect or for anything that is not a web address", () => {
    expect(redirectHost("")).toBe("");
    expect(redirectHost("not a url")).toBe("");
    expect(redirectHost("javascript:alert(1)")).toBe("");
  });
});

describe("progressText", () => {
  const page = (statuses: ServiceStatus[], locale: Locale = "en") =>
    accessPageModel({
      branding: defaultBranding("Harbor Lights"),
      locale,
      clientName: "Marisol Café",
      services: statuses.map((status, index) => ({
        serviceId: SERVICES[index]?.id ?? "google-ads",
        accessLevel: SERVICES[index]?.accessLevels[0]?.id ?? "",
        optional: false,
        agencyAccount: "agency@example.com",
        status,
      })),
      connectable: "all",
      intake: null,
      status: "in_progress",
      finish: { thankYouMessage: "", redirectUrl: "" },
    });

  it("counts granted services only: a skipped one is named apart, never done", () => {
    expect(progressText(page(["granted", "skipped", "pending", "pending", "pending"]))).toBe(
      "1 of 5 granted, 1 skipped",
    );
    expect(progressText(page(["granted", "granted", "pending"]))).toBe("2 of 3 granted");
    expect(progressText(page(["skipped", "pending"], "es"))).toBe("0 de 2 concedidos; omitidos: 1");
    expect(progressText(page(["granted", "pending"], "nl"))).toBe("Toegang gegeven: 1 van 2");
  });
});
