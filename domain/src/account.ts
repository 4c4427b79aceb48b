import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 8;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const passwordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(128, "Use at most 128 characters.")
  .refine((value) => /[A-Za-z]/.test(value) && /\d/.test(value), {
    error: "Use at least one letter and one number.",
  });

export const personNameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.");

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

export const signInInputSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password."),
});

export const passwordResetInputSchema = z.object({
  email: emailSchema,
});
