import { describe, expect, it } from "vitest";
import { assertDocPath, docIdSchema, isDocId } from "./ids";
import { paths } from "./paths";

const hostile = [
  "",
  "a/b",
  "C1/portalInvitations/x",
  ".",
  "..",
  "__x__",
  "__name__",
  "a.b",
  " a",
  "a\u0000b",
  "x".repeat(65),
];

describe("docIdSchema", () => {
  it("accepts Firestore auto-IDs and Auth UIDs", () => {
    expect(docIdSchema().parse("MmBT4Io2yx13wzcAKl8C")).toBe("MmBT4Io2yx13wzcAKl8C");
    expect(isDocId("k3N8Vw0bQ5aZpL2sX9yT1uE4rD7f")).toBe(true);
  });

  it.each(hostile)("refuses %j with the field's message", (id) => {
    const result = docIdSchema("Missing client.").safeParse(id);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Missing client.");
  });

  it("refuses values that are not strings", () => {
    for (const value of [null, 1, {}, ["a"], { toString: () => "a" }]) {
      expect(docIdSchema().safeParse(value).success).toBe(false);
    }
  });
});

describe("paths", () => {
  it("builds references from safe IDs", () => {
    expect(paths.portalInvitation("agency-a", "C1", "inv_2")).toBe(
      "agencies/agency-a/clients/C1/portalInvitations/inv_2",
    );
  });

  it.each(["C1/portalInvitations/x", "..", ".", "__x__", "", "a b"])(
    "refuses to build a path from %j",
    (id) => {
      expect(() => paths.client("agency-a", id)).toThrow(/unsafe document ID/);
    },
  );

  it("assertDocPath keeps a reference inside its collection", () => {
    expect(assertDocPath("agencies/a/clients/C1", "agencies/a/clients")).toBe(
      "agencies/a/clients/C1",
    );
    expect(() => assertDocPath("agencies/a/clients/C1/x/y", "agencies/a/clients")).toThrow();
    expect(() => assertDocPath("agencies/b/clients/C1", "agencies/a/clients")).toThrow();
  });
});
