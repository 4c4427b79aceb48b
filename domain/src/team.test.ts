import { describe, expect, it } from "vitest";
import { canAssignRole } from "./team";

describe("canAssignRole", () => {
  it("lets an owner give any role, including owner", () => {
    expect(canAssignRole("owner", "member", "owner")).toBe(true);
    expect(canAssignRole("owner", "owner", "viewer")).toBe(true);
  });
  it("lets an admin manage non-owners but never touch ownership", () => {
    expect(canAssignRole("admin", null, "admin")).toBe(true);
    expect(canAssignRole("admin", "viewer", "member")).toBe(true);
    expect(canAssignRole("admin", null, "owner")).toBe(false);
    expect(canAssignRole("admin", "owner", "admin")).toBe(false);
  });
  it("gives members and viewers no say", () => {
    expect(canAssignRole("member", null, "viewer")).toBe(false);
    expect(canAssignRole("viewer", null, "viewer")).toBe(false);
  });
});
