import { describe, expect, it } from "vitest";
import { funnelRates, isOnboardingSlug, onboardingPageFieldsSchema, slugFromName } from "./page";
import { visitorDetailsSchema, visitorLocale } from "./public-page";

describe("an access page's short address", () => {
  it("is suggested from the name, in the characters an address allows", () => {
    expect(slugFromName("Website CTA — Ñandú Café!")).toBe("website-cta-nandu-cafe");
    expect(slugFromName("   ")).toBe("");
    expect(isOnboardingSlug(slugFromName("x".repeat(80)))).toBe(true);
  });

  it("refuses spaces, capitals, path characters and edge hyphens", () => {
    for (const bad of ["has space", "../up", "a/b", "-start", "end-", "__x__"]) {
      expect(isOnboardingSlug(bad), bad).toBe(false);
    }
    expect(isOnboardingSlug("sales-2027")).toBe(true);
  });

  it("is lowercased and checked by the page schema", () => {
    const parsed = onboardingPageFieldsSchema.safeParse({
      name: "CTA",
      slug: "Sales-Email",
      services: [{ serviceId: "google-ads", accessLevel: "standard", connectedAccountId: "a1" }],
      clientType: "client",
      defaultLanguage: "en",
    });
    expect(parsed.success && parsed.data.slug).toBe("sales-email");
  });
});

describe("the funnel's rates", () => {
  it("divides without reading past zero", () => {
    expect(funnelRates({ views: 0, started: 0, completed: 0 })).toEqual({
      startRate: 0,
      completionRate: 0,
      conversionRate: 0,
    });
    expect(funnelRates({ views: 10, started: 4, completed: 1 })).toEqual({
      startRate: 0.4,
      completionRate: 0.25,
      conversionRate: 0.1,
    });
  });
});

describe("the visitor's language and details", () => {
  it("takes the pick, else the browser's first known language, else the page's default", () => {
    expect(visitorLocale("nl", ["es-ES"], "en")).toBe("nl");
    expect(visitorLocale(undefined, ["fr-FR", "es-MX", "en"], "en")).toBe("es");
    expect(visitorLocale(undefined, ["fr-FR"], "nl")).toBe("nl");
  });

  it("says what is wrong in the visitor's language", () => {
    const result = visitorDetailsSchema("nl").safeParse({ name: " ", email: "nope" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message);
    expect(messages).toEqual([
      "Vul je naam in.",
      "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
    ]);
  });

  it("normalises the email and website", () => {
    const parsed = visitorDetailsSchema("en").parse({
      name: "Dana",
      email: " Dana@Example.COM ",
      website: "danabakes.example",
    });
    expect(parsed).toMatchObject({ email: "dana@example.com", fax: "", acceptTerms: false });
    expect(parsed.website).toMatch(/^https:\/\/danabakes\.example/);
  });
});
