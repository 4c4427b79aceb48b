import { zodResolver } from "@hookform/resolvers/zod";
import { type SignUpInput, signUpInputSchema } from "@portico/domain/account";
import { signUpCallable } from "@portico/domain/callables/account";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { AuthLayout } from "./auth-layout";

export function SignUpPage() {
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignUpInput>({ resolver: zodResolver(signUpInputSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      // The same answer whether or not the address has an account: the rest goes by email.
      await call(signUpCallable, values);
      setSentTo(values.email.trim().toLowerCase());
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <AuthLayout
      title="Create your agency workspace"
      footer={
        <>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </>
      }
    >
      {sentTo ? (
        <div className="stack">
          <p role="status" className="notice">
            We've sent a message to <strong>{sentTo}</strong>. Open the link in it to confirm your
            address, then sign in to your workspace.
          </p>
          <p className="muted">
            Nothing there after a few minutes? Check your spam folder, or{" "}
            <Link to="/sign-in">sign in</Link> if you already have an account.
          </p>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <FormError>{formError}</FormError>
          <TextField
            label="Your name"
            autoComplete="name"
            error={errors.displayName?.message}
            {...register("displayName")}
          />
          <TextField
            label="Agency name"
            autoComplete="organization"
            error={errors.agencyName?.message}
            {...register("agencyName")}
          />
          <TextField
            label="Work email"
            type="email"
            autoComplete="email"
            error={errors.email?.message}
            {...register("email")}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="new-password"
            hint="At least 8 characters, with a letter and a number."
            error={errors.password?.message}
            {...register("password")}
          />
          <Button type="submit" busy={isSubmitting}>
            Create workspace
          </Button>
        </form>
      )}
    </AuthLayout>
  );
}
