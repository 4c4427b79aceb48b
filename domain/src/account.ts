import { z } from "zod";
import { LOCALES } from "./i18n/locales";

export const PASSWORD_MIN_LENGTH = 8;

/** Messages of the account fields, so each form can speak its reader's language. */
export interface AccountMessages {
  emailRequired: string;
  emailTooLong: string;
  emailInvalid: string;
  choosePassword: string;
  passwordTooShort: string;
  passwordTooLong: string;
  passwordLetterDigit: string;
  enterPassword: string;
  nameRequired: string;
  nameTooLong: string;
}

export const ENGLISH_ACCOUNT_MESSAGES: AccountMessages = {
  emailRequired: "Enter your email address.",
  emailTooLong: "That email address is too long.",
  emailInvalid: "Enter a valid email address, like name@example.com.",
  choosePassword: "Choose a password.",
  passwordTooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  passwordTooLong: "Use at most 128 characters.",
  passwordLetterDigit: "Use at least one letter and one number.",
  enterPassword: "Enter your password.",
  nameRequired: "Enter your name.",
  nameTooLong: "Use at most 80 characters.",
};

/** The account fields with `messages`: the same rules in every language. */
export function accountSchemas(messages: AccountMessages = ENGLISH_ACCOUNT_MESSAGES) {
  const email = z
    .string({ error: messages.emailRequired })
    .trim()
    .toLowerCase()
    .min(1, messages.emailRequired)
    .max(254, messages.emailTooLong)
    .pipe(z.email({ error: messages.emailInvalid }));
  const password = z
    .string({ error: messages.choosePassword })
    .min(PASSWORD_MIN_LENGTH, messages.passwordTooShort)
    .max(128, messages.passwordTooLong)
    .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), {
      error: messages.passwordLetterDigit,
    });
  const personName = z
    .string({ error: messages.nameRequired })
    .trim()
    .min(1, messages.nameRequired)
    .max(80, messages.nameTooLong);
  return {
    email,
    password,
    personName,
    signIn: z.object({ email, password: z.string().min(1, messages.enterPassword) }),
    passwordReset: z.object({ email }),
  };
}

const english = accountSchemas();
export const emailSchema = english.email;

/** Someone else's address, asked for by a form about them (a CC, a teammate): never "your". */
export function otherPersonEmailSchema(emailRequired: string) {
  return accountSchemas({ ...ENGLISH_ACCOUNT_MESSAGES, emailRequired }).email;
}
export const passwordSchema = english.password;
export const personNameSchema = english.personName;

export const agencyNameSchema = z
  .string({ error: "Enter your agency's name." })
  .trim()
  .min(1, "Enter your agency's name.")
  .max(80, "Use at most 80 characters.");

/** Sign-up: creates the account and its agency workspace in one call. */
export const signUpInputSchema = z.object({
  displayName: personNameSchema,
  agencyName: agencyNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.input<typeof signUpInputSchema>;

/** A signed-in user without a workspace creates one. */
export const createWorkspaceInputSchema = z.object({
  agencyName: agencyNameSchema,
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceInputSchema>;

export const signInInputSchema = english.signIn;

export const passwordResetInputSchema = english.passwordReset;

/**
 * Asking for a password-reset email (agency staff and portal users alike).
 * The answer is the same whether or not the address has an account.
 */
export const requestPasswordResetInputSchema = z.object({
  email: emailSchema,
  /** The language of the page that asked; a portal user's mail follows their client's language. */
  locale: z.enum(LOCALES).optional(),
});
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetInputSchema>;
