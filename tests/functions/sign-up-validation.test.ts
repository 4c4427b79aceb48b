import { afterAll, describe, expect, it } from "vitest";
import {
  callableError,
  closeWebClients,
  countAgencies,
  fieldErrors,
  findUserByEmail,
  findUsersMarked,
  uniqueMarker,
} from "../support/emulator-clients";
import { type SignUpData, signUp, validSignUp } from "../support/sign-up-steps";

afterAll(closeWebClients);

describe("signUp with bad input", () => {
  const cases: {
    name: string;
    change: (valid: SignUpData) => unknown;
    fields: Record<string, RegExp>;
  }[] = [
    {
      name: "a malformed email",
      change: (valid) => ({ ...valid, email: valid.email.replace("@", " at ") }),
      fields: { email: /valid email address/ },
    },
    {
      name: "a password shorter than 8 characters",
      change: (valid) => ({ ...valid, password: "short" }),
      fields: { password: /at least 8 characters/ },
    },
    {
      name: "a password without a digit",
      change: (valid) => ({ ...valid, password: "longpassword" }),
      fields: { password: /one letter and one number/ },
    },
    {
      name: "a password without a letter",
      change: (valid) => ({ ...valid, password: "1234567890" }),
      fields: { password: /one letter and one number/ },
    },
    {
      name: "an empty agency name",
      change: (valid) => ({ ...valid, agencyName: "" }),
      fields: { agencyName: /agency's name/ },
    },
    {
      name: "an agency name of only spaces",
      change: (valid) => ({ ...valid, agencyName: "   " }),
      fields: { agencyName: /agency's name/ },
    },
    {
      name: "an agency name over 80 characters",
      change: (valid) => ({ ...valid, agencyName: `${valid.agencyName} ${"x".repeat(80)}` }),
      fields: { agencyName: /at most 80 characters/ },
    },
    {
      name: "an empty display name",
      change: (valid) => ({ ...valid, displayName: "" }),
      fields: { displayName: /your name/ },
    },
    {
      name: "a display name that is not a string",
      change: (valid) => ({ ...valid, displayName: 42 }),
      fields: { displayName: /your name/ },
    },
    {
      name: "a missing password",
      change: ({ password: _missing, ...rest }) => rest,
      fields: { password: /password/ },
    },
    {
      name: "every field bad at once",
      change: (valid) => ({
        displayName: " ",
        agencyName: "",
        email: valid.email.replace("@", ""),
        password: "short",
      }),
      fields: {
        displayName: /your name/,
        agencyName: /agency's name/,
        email: /valid email address/,
        password: /at least 8 characters/,
      },
    },
    {
      name: "no fields at all",
      change: () => ({}),
      fields: {
        displayName: /your name/,
        agencyName: /agency's name/,
        email: /email address/,
        password: /password/,
      },
    },
  ];

  for (const { name, change, fields } of cases) {
    it(`should answer ${name} with invalid-argument and create nothing`, async () => {
      const marker = uniqueMarker("signup-bad");
      const valid = validSignUp(marker);

      const error = await callableError(signUp(change(valid)));
      expect(error.code).toBe("functions/invalid-argument");
      const messages = fieldErrors(error);
      expect(Object.keys(messages).sort()).toEqual(Object.keys(fields).sort());
      for (const [field, pattern] of Object.entries(fields)) {
        expect(messages[field], `message for ${field}`).toMatch(pattern);
      }

      expect(await findUserByEmail(valid.email)).toBeNull();
      expect(await findUsersMarked(marker)).toEqual([]);
      expect(await countAgencies("name", valid.agencyName)).toBe(0);
    });
  }

  for (const [name, data] of [
    ["a string", "dana@example.com"],
    ["a number", 42],
    ["an array", [validSignUp("array")]],
    ["null", null],
  ] as const) {
    it(`should answer data that is ${name} instead of an object with invalid-argument`, async () => {
      const error = await callableError(signUp(data));
      expect(error.code).toBe("functions/invalid-argument");
      const messages = fieldErrors(error);
      expect(Object.keys(messages)).toEqual(["_form"]);
      expect(messages._form).toMatch(/\S/);
    });
  }
});
