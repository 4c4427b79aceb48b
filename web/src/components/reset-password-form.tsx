import { zodResolver } from "@hookform/resolvers/zod";
import { fillTemplate } from "@portico/domain/access-page-model";
import { confirmPasswordReset, verifyPasswordResetCode } from "firebase/auth";
import { type ReactNode, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import { z } from "zod";
import { auth } from "../lib/firebase";
import { Button } from "./button";
import { FormError, TextField } from "./form-field";

/** The words of the reset page, in the reader's language. */
export interface ResetPasswordTexts {
  intro: string;
  password: string;
  passwordHint: string;
  submit: string;
  done: string;
  toSignIn: string;
  checking: string;
  invalid: string;
  again: string;
  failed: string;
}

type Stage =
  | { kind: "checking" }
  | { kind: "invalid" }
  | { kind: "ready"; email: string }
  | { kind: "done" };

/**
 * Portico's own page behind the reset link (`?oobCode=`): checks the one-time
 * code with Firebase Auth, then sets the new password under the app's
 * password policy.
 */
export function ResetPasswordForm({
  oobCode,
  texts,
  passwordSchema,
  signInPath,
  forgotPath,
}: {
  oobCode: string;
  texts: ResetPasswordTexts;
  passwordSchema: z.ZodType<string, string>;
  signInPath: string;
  forgotPath: string;
}): ReactNode {
  const [stage, setStage] = useState<Stage>({ kind: "checking" });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<{ password: string }>({
    resolver: zodResolver(z.object({ password: passwordSchema })),
  });

  useEffect(() => {
    let live = true;
    verifyPasswordResetCode(auth, oobCode).then(
      (email) => live && setStage({ kind: "ready", email }),
      () => live && setStage({ kind: "invalid" }),
    );
    return () => {
      live = false;
    };
  }, [oobCode]);

  const onSubmit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await confirmPasswordReset(auth, oobCode, password);
      setStage({ kind: "done" });
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (code === "auth/expired-action-code" || code === "auth/invalid-action-code") {
        setStage({ kind: "invalid" });
      } else setFormError(texts.failed);
    }
  });

  if (stage.kind === "checking") {
    return (
      <p role="status" className="muted">
        {texts.checking}
      </p>
    );
  }
  if (stage.kind === "invalid") {
    return (
      <div className="stack">
        <p role="alert" className="notice">
          {texts.invalid}
        </p>
        <Link to={forgotPath}>{texts.again}</Link>
      </div>
    );
  }
  if (stage.kind === "done") {
    return (
      <div className="stack">
        <p role="status" className="notice">
          {texts.done}
        </p>
        <Link to={signInPath}>{texts.toSignIn}</Link>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <p className="muted">{fillTemplate(texts.intro, { email: stage.email })}</p>
      <FormError>{formError}</FormError>
      <TextField
        label={texts.password}
        type="password"
        autoComplete="new-password"
        hint={texts.passwordHint}
        error={errors.password?.message}
        {...register("password")}
      />
      <Button type="submit" busy={isSubmitting}>
        {texts.submit}
      </Button>
    </form>
  );
}
