import { describe, expect, it } from "vitest";
import { signUpInputSchema } from "./account";
import { fieldErrorsOf } from "./validation";

const valid = {
  displayName: "Ada Founder",
  agencyName: "Lighthouse Growth",
  email: "Ada@Example.com ",
  password: "correct-horse-42",
};

describe("signUpInputSchema", () => {
  it("accepts a complete sign-up and normalises the email", () => {
    const parsed = signUpInputSchema.parse(valid);
    expect(parsed.email).toBe("ada@example.com");
  });

  it.each([
    ["email", "ada@", "Enter a valid email address, like name@example.com."],
    ["email", "", "Enter your email address."],
    ["password", "short1", "Use at least 8 characters."],
    ["password", "onlyletters", "Use at least one letter and one number."],
    ["password", "1234567890", "Use at least one letter and one number."],
    ["agencyName", "   ", "Enter your agency's name."],
    ["agencyName", "x".repeat(81), "Use at most 80 characters."],
    ["displayName", "", "Enter your name."],
  ])("refuses %s %j with a message for that field", (field, value, message) => {
    const result = signUpInputSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ [field]: message });
  });

  it("names every missing field when the input is empty", () => {
    const result = signUpInputSchema.safeParse({});
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual([
        "agencyName",
        "displayName",
        "email",
        "password",
      ]);
    }
  });

  it("reports input that is not an object as a form-level error", () => {
    const result = signUpInputSchema.safeParse("not an object");
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toEqual(["_form"]);
  });
});

describe("account fields in the reader's language", () => {
  it("refuses a short password in Spanish and a missing name in Dutch, with the same rules", async () => {
    const { accountSchemas } = await import("./account");
    const { accountMessages } = await import("./account-messages");
    const spanish = accountSchemas(accountMessages("es"));
    expect(spanish.password.safeParse("abc1").error?.issues[0]?.message).toBe(
      "Usa al menos 8 caracteres.",
    );
    expect(spanish.password.safeParse("abcdefgh1").success).toBe(true);
    const dutch = accountSchemas(accountMessages("nl"));
    expect(dutch.personName.safeParse("  ").error?.issues[0]?.message).toBe("Vul je naam in.");
    expect(dutch.email.safeParse("nope").error?.issues[0]?.message).toMatch(/geldig e-mailadres/);
  });
});
