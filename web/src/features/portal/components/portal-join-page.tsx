import { zodResolver } from "@hookform/resolvers/zod";
import { accountSchemas } from "@portico/domain/account";
import { accountMessages } from "@portico/domain/account-messages";
import { type Branding, brandingSchema, defaultBranding } from "@portico/domain/branding";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@portico/domain/i18n/locales";
import type { PortalInvitationSummary } from "@portico/domain/portal";
import { signInWithEmailAndPassword } from "firebase/auth";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useNavigate, useParams } from "react-router";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { acceptPortalInvitation, describePortalInvitation } from "../../../data/portal-repository";
import { CallableError } from "../../../lib/callable";
import { auth } from "../../../lib/firebase";
import { fill, portalMoreStrings, portalStrings } from "../../../lib/portal-strings";
import { applyServerErrors } from "../../../lib/server-errors";
import { useSession } from "../../../lib/session";
import { portalAddressQuery } from "../portal-agency-look";
import { type PortalLook, rememberedPortalLook, rememberPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";

/** The form's rules with messages in the invited client's language. */
function joinSchema(locale: Locale) {
  const fields = accountSchemas(accountMessages(locale));
  return z.object({ displayName: fields.personName, password: fields.password });
}
type JoinForm = z.input<ReturnType<typeof joinSchema>>;

type Invitation =
  | { valid: false; look?: PortalLook; agencyId?: string }
  | { valid: true; summary: PortalInvitationSummary; look: PortalLook };

/** The summary's branding when the server sends it; otherwise the agency's name on default colours. */
function lookOf(summary: PortalInvitationSummary): PortalLook {
  const locale: Locale = isLocale(summary.locale) ? summary.locale : DEFAULT_LOCALE;
  const sent = brandingSchema.safeParse(summary.branding);
  const branding: Branding = sent.success ? sent.data : defaultBranding(summary.agencyName);
  return { locale, t: portalStrings(locale), branding };
}

/**
 * A used, expired, replaced or unknown link: one page for all, and nothing
 * written; the agency's and in the client's language whenever the server can
 * place the link, and its sign-in link keeps that look.
 */
function InvalidLink({ look, agencyId }: { look: PortalLook; agencyId?: string }) {
  const { t } = look;
  return (
    <PortalCard look={look} title={t.join.invalidTitle}>
      <p className="muted">{t.join.invalidBody}</p>
      <Link
        to={`/portal/sign-in${portalAddressQuery(agencyId, agencyId ? look.locale : undefined)}`}
      >
        {t.join.toSignIn}
      </Link>
    </PortalCard>
  );
}

/**
 * /portal/join/:token. Opening the link only reads (mail scanners open
 * links); the account is created by an explicit submit, then the page signs
 * in with the new password and opens the portal.
 */
export function PortalJoinPage() {
  const { token = "" } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const locale = useRef<Locale>(DEFAULT_LOCALE);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<JoinForm>({
    // The language is known once the invitation is described.
    resolver: (values, context, options) =>
      zodResolver(joinSchema(locale.current))(values, context, options),
  });

  useEffect(() => {
    let current = true;
    describePortalInvitation(token)
      .then((summary) => {
        if (!current) return;
        if (summary.state !== "valid") {
          // A link the server could place still carries the agency's look.
          setInvitation(
            summary.branding
              ? { valid: false, look: lookOf(summary), agencyId: summary.agencyId }
              : { valid: false },
          );
          return;
        }
        const look = lookOf(summary);
        locale.current = look.locale;
        setInvitation({ valid: true, summary, look });
      })
      .catch(() => current && setInvitation({ valid: false }));
    return () => {
      current = false;
    };
  }, [token]);

  if (!invitation) return <LoadingScreen page />;
  if (!invitation.valid) {
    return (
      <InvalidLink
        look={invitation.look ?? rememberedPortalLook()}
        agencyId={invitation.agencyId}
      />
    );
  }
  const { summary, look } = invitation;
  const { t } = look;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { email } = await acceptPortalInvitation({ token, ...values });
      rememberPortalLook(look.locale, look.branding);
      await signInWithEmailAndPassword(auth, email, values.password);
      navigate("/portal", { replace: true });
    } catch (error) {
      if (error instanceof CallableError && error.code === "failed-precondition") {
        setInvitation({ valid: false, look, agencyId: summary.agencyId });
        return;
      }
      setFormError(applyServerErrors(error, setError, ["displayName", "password"]));
    }
  });

  const more = portalMoreStrings(look.locale);
  // The client's company when the agency gave one; a teammate's page says who invited them.
  const values = {
    agency: summary.agencyName,
    company: summary.clientCompany || summary.clientName,
    email: summary.email,
    inviter: summary.inviterName ?? summary.agencyName,
  };
  const intro = summary.inviterKind === "portal" ? more.join.teammateIntro : more.join.agencyIntro;
  return (
    <PortalCard look={look} title={fill(more.join.title, values)}>
      <p className="muted">{fill(intro, values)}</p>
      {session.status === "signedIn" && session.user.email !== summary.email && (
        <p className="notice">{fill(t.join.signedInAs, { email: session.user.email ?? "" })}</p>
      )}
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField label={t.join.email} value={summary.email} readOnly />
        <TextField
          label={t.join.name}
          autoComplete="name"
          error={errors.displayName?.message}
          {...register("displayName")}
        />
        <TextField
          label={t.join.password}
          type="password"
          autoComplete="new-password"
          hint={t.join.passwordHint}
          error={errors.password?.message}
          {...register("password")}
        />
        <Button type="submit" busy={isSubmitting}>
          {t.join.submit}
        </Button>
      </form>
    </PortalCard>
  );
}
