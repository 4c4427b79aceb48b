import { describe, expect, it } from "vitest";
import {
  clientIdIn,
  clientInputSchema,
  clientSearchTokens,
  metadataSchema,
  metadataToEntries,
  metadataToMap,
  monogram,
  searchQueryOf,
} from "./clients";
import { portalState } from "./portal";
import { fieldErrorsOf } from "./validation";

const valid = {
  name: "Ada Lovelace",
  company: "Analytical Engines",
  email: "",
  website: "",
  type: "client",
  language: "en",
};

describe("clientInputSchema", () => {
  it("accepts a name alone and fills the defaults", () => {
    expect(clientInputSchema.parse({ name: " Ada ", type: "prospect", language: "nl" })).toEqual({
      name: "Ada",
      company: "",
      email: "",
      website: "",
      type: "prospect",
      language: "nl",
    });
  });

  it("stores a time zone in its canonical spelling, and a blank one as left out", () => {
    expect(clientInputSchema.parse({ ...valid, timeZone: " europe/amsterdam " }).timeZone).toBe(
      "Europe/Amsterdam",
    );
    expect(clientInputSchema.parse({ ...valid, timeZone: "" }).timeZone).toBeUndefined();
    expect(clientInputSchema.parse({ ...valid, timeZone: null }).timeZone).toBeUndefined();
    expect(clientInputSchema.parse(valid).timeZone).toBeUndefined();
  });

  it("normalises a bare domain to an https URL", () => {
    expect(clientInputSchema.parse({ ...valid, website: "acme.com" }).website).toBe(
      "https://acme.com/",
    );
    expect(clientInputSchema.parse({ ...valid, website: "http://acme.co.uk/about" }).website).toBe(
      "http://acme.co.uk/about",
    );
  });

  it.each([
    ["a missing name", { name: "  " }, "name", "Enter the client's name."],
    [
      "a malformed email",
      { email: "ada@" },
      "email",
      "Enter a valid email address, like name@example.com.",
    ],
    [
      "a javascript: website",
      { website: "javascript:alert(1)" },
      "website",
      "Enter a website like acme.com or https://acme.com.",
    ],
    [
      "a website without a domain",
      { website: "acme" },
      "website",
      "Enter a website like acme.com or https://acme.com.",
    ],
    [
      "a website with credentials",
      { website: "https://u:p@acme.com" },
      "website",
      "Enter a website like acme.com or https://acme.com.",
    ],
    ["an unknown type", { type: "partner" }, "type", "Choose Client or Prospect."],
    [
      "an unknown language",
      { language: "fr" },
      "language",
      "Choose English, Español or Nederlands.",
    ],
    [
      "an unknown time zone",
      { timeZone: "Mars/Olympus_Mons" },
      "timeZone",
      "Choose a time zone from the list, like Europe/Amsterdam.",
    ],
    [
      "an offset instead of a time zone",
      { timeZone: "+01:00" },
      "timeZone",
      "Choose a time zone from the list, like Europe/Amsterdam.",
    ],
  ])("refuses %s", (_label, change, field, message) => {
    const result = clientInputSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)[field]).toBe(message);
  });
});

describe("metadata", () => {
  it("refuses empty, too long and duplicate keys with the row's path", () => {
    const result = metadataSchema.safeParse([
      { key: "plan", value: "gold" },
      { key: " ", value: "x" },
      { key: "k".repeat(41), value: "x" },
      { key: "plan", value: "again" },
    ]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        "1.key": "Enter a key.",
        "2.key": "Keys are at most 40 characters.",
        "3.key": "This key is already used.",
      });
    }
  });

  it("treats keys that differ only in case or spaces as the same key", () => {
    const result = metadataSchema.safeParse([
      { key: "CRM ID", value: "42" },
      { key: " crm id ", value: "43" },
    ]);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({ "1.key": "This key is already used." });
    }
  });

  it("round-trips between rows and the stored map", () => {
    const map = metadataToMap([
      { key: "tier", value: "gold" },
      { key: " crm ", value: "42" },
    ]);
    expect(map).toEqual({ tier: "gold", crm: "42" });
    expect(metadataToEntries(map)).toEqual([
      { key: "crm", value: "42" },
      { key: "tier", value: "gold" },
    ]);
  });
});

describe("search", () => {
  const tokens = clientSearchTokens({
    id: "AbC123xyz",
    name: "Café Olé",
    company: "Northwind Traders",
    email: "Ops@Northwind.test",
  });

  it("finds a client by name, company and email prefixes, accents removed", () => {
    for (const term of [
      "c",
      "caf",
      "cafe",
      "ole",
      "north",
      "traders",
      "ops",
      "ops@northwind.test",
      "northwind.test",
    ]) {
      expect(tokens).toContain(term);
    }
  });

  it("finds a client by its ID", () => {
    expect(tokens).toContain("abc123xyz");
    expect(searchQueryOf("AbC123xyz")).toEqual({ token: "abc123xyz", rest: [] });
  });

  it("asks Firestore for the first word and filters by the rest", () => {
    expect(searchQueryOf("  Café  olé ")).toEqual({ token: "cafe", rest: ["ole"] });
    expect(searchQueryOf("ops@northwind.test")).toEqual({ token: "ops@northwind.test", rest: [] });
    expect(searchQueryOf("   ")).toBeNull();
    expect(searchQueryOf(" k ")).toBeNull();
    expect(searchQueryOf("ke")).toEqual({ token: "ke", rest: [] });
  });
});

describe("monogram", () => {
  it("uses the first and last initials", () => {
    expect(monogram("Ada King Lovelace")).toBe("AL");
    expect(monogram("acme")).toBe("AC");
    expect(monogram("")).toBe("?");
  });
});

describe("portalState", () => {
  const now = new Date("2026-11-21T12:00:00Z");
  it.each([
    [{ email: "", portal: null }, "No Email"],
    [{ email: "a@b.co", portal: null }, "Email Set"],
    [
      {
        email: "a@b.co",
        portal: { status: "invited" as const, expiresAt: new Date("2026-11-22T00:00:00Z") },
      },
      "Invite Sent",
    ],
    [
      {
        email: "a@b.co",
        portal: { status: "invited" as const, expiresAt: new Date("2026-11-20T00:00:00Z") },
      },
      "Expired",
    ],
    [{ email: "a@b.co", portal: { status: "active" as const, expiresAt: null } }, "Active"],
    [{ email: "a@b.co", portal: { status: "revoked" as const, expiresAt: null } }, "Revoked"],
  ])("%j is %s", (client, state) => {
    expect(portalState(client, now)).toBe(state);
  });
});

describe("clientIdIn", () => {
  it("takes a pasted automatic ID, trimmed, with its case kept", () => {
    expect(clientIdIn("  Kx3Tq9LmPz2Wv8RbYc4N ")).toBe("Kx3Tq9LmPz2Wv8RbYc4N");
    expect(clientIdIn("KXTQLMPZWVRBYCNAAAAA")).toBe("KXTQLMPZWVRBYCNAAAAA");
  });

  it("leaves names, words and anything else to the search", () => {
    expect(clientIdIn("internationalization")).toBeNull();
    expect(clientIdIn("Internationalization")).toBeNull();
    expect(clientIdIn("Kx3Tq9LmPz2Wv8RbYc4")).toBeNull();
    expect(clientIdIn("Kx3Tq9LmPz2Wv8RbYc4N5")).toBeNull();
    expect(clientIdIn("Kx3Tq9LmPz 2Wv8RbYc4N")).toBeNull();
    expect(clientIdIn("kestrel")).toBeNull();
  });
});
