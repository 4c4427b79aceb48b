import { describe, expect, it } from "vitest";
import { generalSettingsSchema } from "./settings";
import { canonicalTimeZone, timeZoneChoices } from "./time-zones";

describe("canonicalTimeZone", () => {
  it("spells a known zone as the platform does", () => {
    expect(canonicalTimeZone("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(canonicalTimeZone("america/new_york")).toBe("America/New_York");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
  });

  it.each(["Mars/Olympus_Mons", "+01:00", "", "Europe/../Amsterdam", "a".repeat(80)])(
    "refuses %j",
    (value) => {
      expect(canonicalTimeZone(value)).toBeNull();
    },
  );
});

describe("timeZoneChoices", () => {
  it("offers UTC first and the platform's zones, each once", () => {
    const choices = timeZoneChoices();
    expect(choices[0]).toBe("UTC");
    expect(choices).toContain("Europe/Amsterdam");
    expect(new Set(choices).size).toBe(choices.length);
  });
});

describe("the agency's default time zone", () => {
  it("reads settings saved before zones existed as UTC", () => {
    expect(
      generalSettingsSchema.parse({
        reminderCooldownHours: 24,
        portalLinkLifetimeDays: 7,
        defaultLocale: "en",
      }).defaultTimeZone,
    ).toBe("UTC");
  });
});
