import { describe, expect, it } from "vitest";
import {
  allowedAccessLevels,
  defaultAccessLevelFor,
  hasReadOnlyLevel,
  isAccessLevelAllowed,
  readOnlyLevels,
} from "./access";
import { getService, SERVICES } from "./services";

const ids = (levels: readonly { id: string }[]) => levels.map((level) => level.id);

describe("access rules", () => {
  const googleAds = getService("google-ads");
  const wordpress = getService("wordpress");

  it("lists read-only levels", () => {
    expect(ids(readOnlyLevels(googleAds))).toEqual(["read-only", "email-only"]);
    expect(hasReadOnlyLevel(googleAds)).toBe(true);
    expect(readOnlyLevels(wordpress)).toEqual([]);
    expect(hasReadOnlyLevel(wordpress)).toBe(false);
  });

  it("gives a Prospect only read-only Google Ads levels, and a Client all of them", () => {
    expect(ids(allowedAccessLevels(googleAds, "prospect"))).toEqual(["read-only", "email-only"]);
    expect(ids(allowedAccessLevels(googleAds, "client"))).toEqual([
      "admin",
      "standard",
      "read-only",
      "email-only",
    ]);
  });

  it("gives every level when the platform has no read-only level", () => {
    expect(allowedAccessLevels(wordpress, "prospect")).toEqual(wordpress.accessLevels);
    expect(allowedAccessLevels(getService("shopify"), "prospect")).toHaveLength(2);
  });

  it.each(SERVICES.map((service) => [service.id, service] as const))(
    "%s: a Prospect's levels are read-only wherever the platform has one",
    (_id, service) => {
      const levels = allowedAccessLevels(service, "prospect");
      expect(levels.length).toBeGreaterThan(0);
      if (hasReadOnlyLevel(service)) expect(levels.every((level) => level.readOnly)).toBe(true);
      else expect(levels).toEqual(service.accessLevels);
      expect(ids(levels)).toContain(defaultAccessLevelFor(service, "prospect"));
      expect(defaultAccessLevelFor(service, "client")).toBe(service.defaultAccessLevel);
    },
  );

  it("checks a requested level", () => {
    expect(isAccessLevelAllowed("google-ads", "admin", "client")).toBe(true);
    expect(isAccessLevelAllowed("google-ads", "admin", "prospect")).toBe(false);
    expect(isAccessLevelAllowed("google-ads", "standard", "prospect")).toBe(false);
    expect(isAccessLevelAllowed("google-ads", "read-only", "prospect")).toBe(true);
    expect(isAccessLevelAllowed("google-ads", "owner", "client")).toBe(false);
    expect(isAccessLevelAllowed("google-ads", "", "client")).toBe(false);
    expect(isAccessLevelAllowed("orkut", "admin", "client")).toBe(false);
    expect(isAccessLevelAllowed("wordpress", "administrator", "prospect")).toBe(true);
    expect(isAccessLevelAllowed("google-analytics-4", "analyst", "prospect")).toBe(false);
    expect(isAccessLevelAllowed("google-analytics-4", "viewer", "prospect")).toBe(true);
  });

  it("defaults a Prospect to the least-privileged read-only level that opens the account", () => {
    expect(defaultAccessLevelFor(googleAds, "client")).toBe("standard");
    expect(defaultAccessLevelFor(googleAds, "prospect")).toBe("read-only");
    expect(defaultAccessLevelFor(getService("google-merchant-center"), "prospect")).toBe(
      "read-only",
    );
    expect(defaultAccessLevelFor(getService("google-analytics-4"), "prospect")).toBe("viewer");
    expect(defaultAccessLevelFor(getService("youtube"), "prospect")).toBe("viewer-limited");
    expect(defaultAccessLevelFor(getService("meta-ad-account"), "prospect")).toBe(
      "view-performance",
    );
    expect(defaultAccessLevelFor(wordpress, "prospect")).toBe(wordpress.defaultAccessLevel);
  });
});
