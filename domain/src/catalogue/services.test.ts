import { describe, expect, it } from "vitest";
import { getPlatform, isPlatformId, PLATFORMS } from "./platforms";
import { RECEIVING_ACCOUNT_KINDS } from "./receiving-accounts";
import { getService, isServiceId, SERVICES, servicesForPlatform } from "./services";

const HEX = /^#[0-9a-f]{6}$/;

describe("platforms", () => {
  it("covers the platforms agencies ask for, each once, with a brand colour", () => {
    const ids = PLATFORMS.map((platform) => platform.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      "google",
      "meta",
      "tiktok",
      "linkedin",
      "microsoft",
      "pinterest",
      "snapchat",
      "x",
      "shopify",
      "wordpress",
      "klaviyo",
      "hubspot",
      "mailchimp",
      "amazon",
      "reddit",
    ]) {
      expect(isPlatformId(id), id).toBe(true);
    }
    for (const platform of PLATFORMS) {
      expect(platform.color, platform.id).toMatch(HEX);
      expect(platform.name.length, platform.id).toBeGreaterThan(0);
    }
    expect(isPlatformId("myspace")).toBe(false);
    expect(getPlatform("x").name).toBe("X");
  });
});

describe("service catalogue", () => {
  it("has at least 25 services with unique ids", () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(25);
    const ids = SERVICES.map((service) => service.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("includes the services the product promises", () => {
    for (const id of [
      "google-ads",
      "google-analytics-4",
      "google-tag-manager",
      "google-search-console",
      "google-business-profile",
      "google-merchant-center",
      "youtube",
      "meta-ad-account",
      "facebook-page",
      "instagram",
      "meta-dataset",
      "meta-catalog",
      "tiktok-ads",
      "linkedin-page",
      "linkedin-ads",
      "microsoft-advertising",
      "pinterest-ads",
      "snapchat-ads",
      "x-ads",
      "shopify",
      "wordpress",
      "klaviyo",
      "hubspot",
      "mailchimp",
    ]) {
      expect(isServiceId(id), id).toBe(true);
    }
  });

  it.each(SERVICES.map((service) => [service.id, service] as const))(
    "%s is consistent",
    (_id, service) => {
      expect(isPlatformId(service.platform)).toBe(true);
      const kind = RECEIVING_ACCOUNT_KINDS[service.receivingAccountKind];
      expect(kind, "receiving account kind exists").toBeDefined();
      expect(kind.platform, "kind belongs to the service's platform").toBe(service.platform);

      expect(service.name.length).toBeGreaterThan(0);
      expect(service.icon.monogram).toMatch(/^\S{1,2}$/);
      expect(service.icon.color).toMatch(HEX);
      expect(["oauth", "guided"]).toContain(service.grant.method);

      expect(service.accessLevels.length).toBeGreaterThan(0);
      const levelIds = service.accessLevels.map((level) => level.id);
      expect(new Set(levelIds).size, "unique level ids").toBe(levelIds.length);
      expect(levelIds).toContain(service.defaultAccessLevel);
      for (const level of service.accessLevels) {
        expect(level.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(level.label.trim()).toBe(level.label);
        expect(level.label.length).toBeGreaterThan(0);
        expect(level.description.length).toBeGreaterThan(10);
        if (level.notificationsOnly) expect(level.readOnly).toBe(true);
      }
    },
  );

  it("keeps the platforms' own level names and read-only flags", () => {
    const levels = (id: Parameters<typeof getService>[0]) =>
      getService(id).accessLevels.map((level) => [level.label, level.readOnly]);
    expect(levels("google-ads")).toEqual([
      ["Admin", false],
      ["Standard", false],
      ["Read only", true],
      ["Email only", true],
    ]);
    expect(levels("google-analytics-4")).toEqual([
      ["Administrator", false],
      ["Editor", false],
      ["Marketer", false],
      ["Analyst", false],
      ["Viewer", true],
    ]);
    expect(levels("google-tag-manager")).toEqual([
      ["Publish", false],
      ["Approve", false],
      ["Edit", false],
      ["Read", true],
    ]);
    expect(levels("google-search-console")).toEqual([
      ["Owner", false],
      ["Full", false],
      ["Restricted", true],
    ]);
    expect(levels("meta-ad-account")).toEqual([
      ["Manage ad account", false],
      ["Manage campaigns", false],
      ["View performance", true],
    ]);
    expect(levels("tiktok-ads")).toEqual([
      ["Admin", false],
      ["Operator", false],
      ["Analyst", true],
    ]);
    expect(levels("linkedin-page")).toContainEqual(["Super admin", false]);
    expect(levels("linkedin-page")).toContainEqual(["Content admin", false]);
    expect(levels("linkedin-page")).toContainEqual(["Analyst", true]);
    expect(levels("wordpress").every(([, readOnly]) => readOnly === false)).toBe(true);
  });

  it("marks platforms without an API for access as guided", () => {
    const guided = SERVICES.filter((service) => service.grant.method === "guided").map(
      (service) => service.id,
    );
    expect(guided).toEqual(
      expect.arrayContaining(["shopify", "wordpress", "klaviyo", "hubspot", "mailchimp"]),
    );
    for (const id of ["google-ads", "meta-ad-account", "tiktok-ads", "linkedin-ads"] as const) {
      expect(getService(id).grant).toEqual({ method: "oauth" });
    }
  });

  it("looks services up by id and platform", () => {
    expect(getService("google-ads").name).toBe("Google Ads");
    expect(isServiceId("google-ads")).toBe(true);
    expect(isServiceId("google-plus")).toBe(false);
    expect(isServiceId(42)).toBe(false);
    expect(() => getService("google-plus" as never)).toThrow();
    expect(servicesForPlatform("meta").map((service) => service.id)).toEqual([
      "meta-ad-account",
      "facebook-page",
      "instagram",
      "meta-dataset",
      "meta-catalog",
    ]);
    for (const platform of PLATFORMS) {
      expect(servicesForPlatform(platform.id).length, platform.id).toBeGreaterThan(0);
    }
  });
});
