import { zodResolver } from "@hookform/resolvers/zod";
import { accountSchemas, type passwordResetInputSchema } from "@portico/domain/account";
import { accountMessages } from "@portico/domain/account-messages";
import { requestPasswordResetCallable } from "@portico/domain/callables/account";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import type { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { CallableError, call } from "../../../lib/callable";
import { fill } from "../../../lib/portal-strings";
import { useSignedOutPortalLook } from "../portal-agency-look";
import { PortalCard } from "./portal-brand";

type ResetForm = z.input<typeof passwordResetInputSchema>;

/** /portal/forgot-password: the same answer whether or not the address has an account. */
export function PortalForgotPasswordPage() {
  const { look, query } = useSignedOutPortalLook();
  const { t } = look;
  // The language can change once the agency's look arrives: the messages follow it.
  const locale = useRef(look.locale);
  locale.current = look.locale;
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ResetForm>({
    resolver: (values, context, options) =>
      zodResolver(accountSchemas(accountMessages(locale.current)).passwordReset)(
        values,
        context,
        options,
      ),
  });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFormError(null);
    const address = email.trim().toLowerCase();
    // The server answers the same for unknown addresses: no account enumeration.
    try {
      await call(requestPasswordResetCallable, { email: address, locale: look.locale });
    } catch (error) {
      setFormError(
        error instanceof CallableError && error.code === "resource-exhausted"
          ? error.message
          : t.forgot.failed,
      );
      return;
    }
    setSentTo(address);
  });

  return (
    <PortalCard
      look={look}
      title={t.forgot.title}
      footer={<Link to={`/portal/sign-in${query}`}>{t.forgot.back}</Link>}
    >
      {sentTo ? (
        <p role="status" className="notice">
          {fill(t.forgot.sent, { email: sentTo })}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate className="stack">
          <p className="muted">{t.forgot.intro}</p>
          <FormError>{formError}</FormError>
          <TextField
            label={t.signIn.email}
            type="email"
            autoComplete="email"
            error={errors.email?.message}
            {...register("email")}
          />
          <Button type="submit" busy={isSubmitting}>
            {t.forgot.submit}
          </Button>
        </form>
      )}
    </PortalCard>
  );
}
