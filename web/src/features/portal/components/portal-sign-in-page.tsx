import { zodResolver } from "@hookform/resolvers/zod";
import { accountSchemas, type signInInputSchema } from "@portico/domain/account";
import { accountMessages } from "@portico/domain/account-messages";
import { FirebaseError } from "firebase/app";
import { signInWithEmailAndPassword } from "firebase/auth";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link } from "react-router";
import type { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { auth } from "../../../lib/firebase";
import type { PortalStrings } from "../../../lib/portal-strings";
import { PORTAL_ACCESS_REMOVED_MESSAGE, useSignInNotice } from "../../../lib/session";
import { useSignedOutPortalLook } from "../portal-agency-look";
import type { PortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";

type SignInForm = z.input<typeof signInInputSchema>;

/**
 * /portal/sign-in: the client's own sign-in, in their agency's colours. The
 * agency's portal address (/portal/a/<agencyId>) passes its own look and title.
 */
export function PortalSignInPage({ look: given, title }: { look?: PortalLook; title?: string }) {
  const signedOut = useSignedOutPortalLook();
  const look = given ?? signedOut.look;
  const { query } = signedOut;
  const { t } = look;
  // The language can change once the agency's look arrives: the messages follow it.
  const locale = useRef(look.locale);
  locale.current = look.locale;
  const notice = useSignInNotice();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInForm>({
    resolver: (values, context, options) =>
      zodResolver(accountSchemas(accountMessages(locale.current)).signIn)(values, context, options),
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signInWithEmailAndPassword(auth, values.email.trim(), values.password);
      // PortalPublicOnly sends the user on once the session has their claims.
    } catch (error) {
      setFormError(signInErrorMessage(error, t));
    }
  });

  return (
    <PortalCard look={look} title={title ?? t.signIn.title}>
      <form onSubmit={onSubmit} noValidate className="stack">
        {notice && (
          <p className="notice" role="status">
            {notice === PORTAL_ACCESS_REMOVED_MESSAGE ? t.signIn.accessRemoved : notice}
          </p>
        )}
        <FormError>{formError}</FormError>
        <TextField
          label={t.signIn.email}
          type="email"
          autoComplete="email"
          error={errors.email?.message}
          {...register("email")}
        />
        <TextField
          label={t.signIn.password}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register("password")}
        />
        <Button type="submit" busy={isSubmitting}>
          {t.signIn.submit}
        </Button>
        <Link to={`/portal/forgot-password${query}`} className="muted-link">
          {t.signIn.forgot}
        </Link>
      </form>
    </PortalCard>
  );
}

function signInErrorMessage(error: unknown, t: PortalStrings): string {
  const code = error instanceof FirebaseError ? error.code : "";
  if (code === "auth/user-disabled") return t.signIn.disabled;
  if (code === "auth/too-many-requests") return t.signIn.tooMany;
  if (code === "auth/network-request-failed") return t.signIn.offline;
  // One message for an unknown email and a wrong password: no account enumeration.
  return t.signIn.mismatch;
}
