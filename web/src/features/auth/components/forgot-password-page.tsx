import { zodResolver } from "@hookform/resolvers/zod";
import { passwordResetInputSchema } from "@portico/domain/account";
import { requestPasswordResetCallable } from "@portico/domain/callables/account";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import type { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { CallableError, call } from "../../../lib/callable";
import { AuthLayout } from "./auth-layout";

type ResetForm = z.input<typeof passwordResetInputSchema>;

export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ResetForm>({ resolver: zodResolver(passwordResetInputSchema) });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    const address = email.trim().toLowerCase();
    // The server answers the same for unknown addresses: no account enumeration.
    try {
      await call(requestPasswordResetCallable, { email: address, locale: "en" });
    } catch (error) {
      setFormError(
        error instanceof CallableError && error.code === "resource-exhausted"
          ? error.message
          : "We couldn't send the email just now. Please try again in a moment.",
      );
      return;
    }
    setSentTo(address);
  });

  return (
    <AuthLayout title="Reset your password" footer={<Link to="/sign-in">Back to sign in</Link>}>
      {sentTo ? (
        <p role="status" className="notice">
          If an account exists for <strong>{sentTo}</strong>, we've sent it a link to reset the
          password. The link works once.
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <p className="muted">
            Enter your email and we'll send you a link to choose a new password.
          </p>
          <FormError>{formError}</FormError>
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            error={errors.email?.message}
            {...register("email")}
          />
          <Button type="submit" busy={isSubmitting}>
            Send reset link
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
