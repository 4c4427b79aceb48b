import { describe, expect, it } from "vitest";
import { readAgencyClaims } from "./claims";
import { canEditAgencyData, canManageAgency, isAgencyRole } from "./roles";

describe("readAgencyClaims", () => {
  it("reads agency id and role", () => {
    expect(readAgencyClaims({ agencyId: "a1", role: "admin", iat: 1 })).toEqual({
      agencyId: "a1",
      role: "admin",
    });
  });

  it.each([
    [{}],
    [{ agencyId: "a1" }],
    [{ agencyId: "a1", role: "superuser" }],
    [{ agencyId: "", role: "owner" }],
  ])("returns null for missing or malformed claims %j", (claims) => {
    expect(readAgencyClaims(claims)).toBeNull();
  });
});

describe("roles", () => {
  it("lets every role but viewer edit agency data", () => {
    expect(
      ["owner", "admin", "member", "viewer"].filter((r) => isAgencyRole(r) && canEditAgencyData(r)),
    ).toEqual(["owner", "admin", "member"]);
  });

  it("keeps agency management to owners and admins", () => {
    expect(
      ["owner", "admin", "member", "viewer"].filter((r) => isAgencyRole(r) && canManageAgency(r)),
    ).toEqual(["owner", "admin"]);
  });

  it("rejects unknown roles", () => {
    expect(isAgencyRole("root")).toBe(false);
    expect(isAgencyRole(undefined)).toBe(false);
  });
});
