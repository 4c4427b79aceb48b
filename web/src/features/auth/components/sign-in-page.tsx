import { zodResolver } from "@hookform/resolvers/zod";
import { signInInputSchema } from "@portico/domain/account";
import { FirebaseError } from "firebase/app";
import { signInWithEmailAndPassword } from "firebase/auth";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import type { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { auth } from "../../../lib/firebase";
import { takeSignInNotice } from "../../../lib/session";
import { AuthLayout } from "./auth-layout";

type SignInForm = z.input<typeof signInInputSchema>;

export function SignInPage() {
  const [formError, setFormError] = useState<string | null>(null);
  const [notice] = useState(takeSignInNotice);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInForm>({ resolver: zodResolver(signInInputSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signInWithEmailAndPassword(auth, values.email.trim(), values.password);
      // PublicOnly sends the user on once the session has their claims.
    } catch (error) {
      setFormError(signInErrorMessage(error));
    }
  });

  return (
    <AuthLayout
      title="Sign in"
      footer={
        <>
          New to Portico? <Link to="/sign-up">Create your agency workspace</Link>
        </>
      }
    >
      <form onSubmit={onSubmit} noValidate className="stack">
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <FormError>{formError}</FormError>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...register("email")}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register("password")}
        />
        <Button type="submit" busy={isSubmitting}>
          Sign in
        </Button>
        <Link to="/forgot-password" className="muted-link">
          Forgot your password?
        </Link>
      </form>
    </AuthLayout>
  );
}

function signInErrorMessage(error: unknown): string {
  const code = error instanceof FirebaseError ? error.code : "";
  if (code === "auth/too-many-requests") {
    return "Too many attempts. Wait a moment, or reset your password.";
  }
  if (code === "auth/user-disabled") return "This account has been disabled.";
  if (code === "auth/network-request-failed") return "Can't reach Portico. Check your connection.";
  // One message for unknown email and wrong password: no account enumeration.
  return "That email and password don't match an account.";
}
