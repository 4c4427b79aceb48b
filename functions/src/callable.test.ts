import { signUpInputSchema } from "@portico/domain/account";
import { HttpsError } from "firebase-functions/v2/https";
import { describe, expect, it } from "vitest";
import { parseInput } from "./callable";

describe("parseInput", () => {
  it("returns the parsed value for good input", () => {
    const value = parseInput(signUpInputSchema, {
      displayName: "Ada",
      agencyName: "Lighthouse",
      email: "ADA@example.com",
      password: "correct-horse-42",
    });
    expect(value.email).toBe("ada@example.com");
  });

  it("throws invalid-argument with a message per bad field", () => {
    let thrown: unknown;
    try {
      parseInput(signUpInputSchema, { displayName: "Ada", email: "nope", password: "x" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HttpsError);
    const error = thrown as HttpsError;
    expect(error.code).toBe("invalid-argument");
    expect(error.details).toEqual({
      fields: {
        agencyName: "Enter your agency's name.",
        email: "Enter a valid email address, like name@example.com.",
        password: "Use at least 8 characters.",
      },
    });
  });
});
