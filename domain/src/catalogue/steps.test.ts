import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { guidedSteps } from "./guided-steps";
import { SERVICES } from "./services";
import { STEPS_EN } from "./steps.en";
import { STEPS_ES } from "./steps.es";
import { STEPS_NL } from "./steps.nl";

function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? "").sort();
}

const values = { agencyAccount: "987-654-3210", accessLevel: "Read only" };

describe("guided steps", () => {
  it.each([
    ["es", STEPS_ES],
    ["nl", STEPS_NL],
  ] as const)("%s has exactly the English keys, step counts and placeholders", (_l, steps) => {
    expect(Object.keys(steps).sort()).toEqual(Object.keys(STEPS_EN).sort());
    for (const [id, english] of Object.entries(STEPS_EN)) {
      const translated = (steps as Record<string, readonly string[]>)[id] ?? [];
      expect(translated.length, id).toBe(english.length);
      english.forEach((step, index) => {
        expect(placeholders(translated[index] ?? ""), `${id} step ${index + 1}`).toEqual(
          placeholders(step),
        );
      });
    }
  });

  it("only uses the two known placeholders", () => {
    for (const catalogue of [STEPS_EN, STEPS_ES, STEPS_NL]) {
      for (const step of Object.values(catalogue).flat()) {
        for (const name of placeholders(step)) {
          expect(["agencyAccount", "accessLevel"]).toContain(name);
        }
      }
    }
  });

  it.each(SERVICES.map((service) => [service.id] as const))(
    "%s renders in every language with the agency account and the access level",
    (id) => {
      const counts = LOCALES.map((locale) => {
        const steps = guidedSteps(id, locale, values);
        expect(steps.length, locale).toBeGreaterThan(0);
        for (const step of steps) {
          expect(step.trim().length, locale).toBeGreaterThan(0);
          expect(step, locale).not.toMatch(/\{\{|\}\}/);
        }
        const text = steps.join("\n");
        expect(text, locale).toContain(values.agencyAccount);
        expect(text, locale).toContain(values.accessLevel);
        return steps.length;
      });
      expect(new Set(counts).size).toBe(1);
    },
  );

  it("writes the Google Ads steps as the platform shows them", () => {
    expect(
      guidedSteps("google-ads", "en", { agencyAccount: "123-456-7890", accessLevel: "Standard" }),
    ).toEqual([
      "Sign in to Google Ads (ads.google.com) and open the account you want to share.",
      "Click Admin, then Access and security, and open the Managers tab.",
      "Click +, enter the manager account ID 123-456-7890 and send the link request.",
      "The agency asked for Standard access. Once it accepts, it is listed under Managers, where you can unlink it at any time.",
    ]);
  });

  it("inserts values literally, even with $ patterns", () => {
    const steps = guidedSteps("google-analytics-4", "es", {
      agencyAccount: "a$&b@agency.com",
      accessLevel: "Viewer",
    });
    expect(steps.join(" ")).toContain("a$&b@agency.com");
  });
});
