import { zodResolver } from "@hookform/resolvers/zod";
import { type CreateWorkspaceInput, createWorkspaceInputSchema } from "@portico/domain/account";
import { createWorkspaceCallable } from "@portico/domain/callables/account";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Navigate } from "react-router";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { signOut, useSession } from "../../../lib/session";
import { AuthLayout } from "./auth-layout";

/**
 * A signed-in account that belongs to no agency (removed from a team, or never
 * had one): say so plainly and offer the two ways forward.
 */
export function NoWorkspacePage() {
  const session = useSession();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isSubmitSuccessful },
  } = useForm<CreateWorkspaceInput>({ resolver: zodResolver(createWorkspaceInputSchema) });

  if (session.status === "loading") return <LoadingScreen page />;
  if (session.status === "signedOut") return <Navigate to="/sign-in" replace />;
  if (session.agency) return <Navigate to="/dashboard" replace />;
  if (session.portal) return <Navigate to="/portal" replace />;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await call(createWorkspaceCallable, values);
      // The session listener refreshes the token; the redirect above follows.
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <AuthLayout title="You're not part of an agency workspace">
      <p className="muted">
        You're signed in as <strong>{session.user.email}</strong>, but this account doesn't belong
        to any agency workspace. If a teammate removed you, ask an owner to invite you again, or
        start a workspace of your own.
      </p>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField
          label="Agency name"
          error={errors.agencyName?.message}
          {...register("agencyName")}
        />
        <Button type="submit" busy={isSubmitting || isSubmitSuccessful}>
          Create a workspace
        </Button>
        <Button variant="secondary" onClick={() => void signOut()}>
          Sign out
        </Button>
      </form>
    </AuthLayout>
  );
}
