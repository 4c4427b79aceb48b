import { zodResolver } from "@hookform/resolvers/zod";
import { passwordSchema, personNameSchema } from "@portico/domain/account";
import { type Branding, textColorOn } from "@portico/domain/branding";
import type { TeamInvitationSummary } from "@portico/domain/callables/team";
import {
  acceptTeamInvitationCallable,
  describeTeamInvitationCallable,
} from "@portico/domain/callables/team";
import { isAgencyRole, ROLE_LABELS } from "@portico/domain/roles";
import { signInWithEmailAndPassword } from "firebase/auth";
import { type ReactNode, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { Link, useNavigate, useParams } from "react-router";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { CallableError, call } from "../../../lib/callable";
import { auth } from "../../../lib/firebase";
import { applyServerErrors } from "../../../lib/server-errors";
import { signOut, useSession } from "../../../lib/session";

const newAccountSchema = z.object({ displayName: personNameSchema, password: passwordSchema });
type NewAccountForm = z.input<typeof newAccountSchema>;
const existingAccountSchema = z.object({ password: z.string().min(1, "Enter your password.") });
type ExistingAccountForm = z.input<typeof existingAccountSchema>;

function BrandedCard({
  branding,
  children,
}: {
  branding?: Branding | undefined;
  children: ReactNode;
}) {
  return (
    <main className="auth-page">
      <div className="auth-card auth-card-branded">
        {branding && (
          <div
            className="join-brand"
            style={{ background: branding.primaryColor, color: textColorOn(branding.primaryColor) }}
          >
            {branding.logoUrl ? (
              <img src={branding.logoUrl} alt={branding.displayName} className="join-logo" />
            ) : (
              <strong>{branding.displayName}</strong>
            )}
          </div>
        )}
        {children}
      </div>
    </main>
  );
}

export function InvalidLinkPage() {
  return (
    <BrandedCard>
      <h1 className="auth-title">This link is no longer valid</h1>
      <p className="muted">
        Invitation links work once and expire after a while. A link also stops working when a newer
        invitation is sent or the invitation is cancelled. Ask the person who invited you to send a
        new one.
      </p>
      <Link to="/sign-in">Go to sign in</Link>
    </BrandedCard>
  );
}

/**
 * /join/:token. Opening it only reads (mail scanners open links); joining
 * takes an explicit click.
 */
export function JoinPage() {
  const { token = "" } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const [invitation, setInvitation] = useState<TeamInvitationSummary | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);

  useEffect(() => {
    call(describeTeamInvitationCallable, { token })
      .then(setInvitation)
      .catch(() => setInvitation({ valid: false }));
  }, [token]);

  const newAccount = useForm<NewAccountForm>({ resolver: zodResolver(newAccountSchema) });
  const existingAccount = useForm<ExistingAccountForm>({
    resolver: zodResolver(existingAccountSchema),
  });

  if (!invitation || session.status === "loading")
    return <LoadingScreen label="Opening invitation" page />;
  if (!invitation.valid) return <InvalidLinkPage />;

  const roleLabel = isAgencyRole(invitation.role) ? ROLE_LABELS[invitation.role] : invitation.role;
  const accept = async (extra: { displayName?: string; password?: string } = {}) => {
    await call(acceptTeamInvitationCallable, { token, ...extra });
  };
  const finish = async () => {
    await auth.currentUser?.getIdToken(true);
    navigate("/dashboard", { replace: true });
  };
  const failed = (error: unknown) => {
    if (
      error instanceof CallableError &&
      error.code === "failed-precondition" &&
      /no longer valid/.test(error.message)
    ) {
      setInvitation({ valid: false });
      return;
    }
    setFormError(error instanceof Error ? error.message : "Could not join the workspace.");
  };

  const intro = (
    <>
      <h1 className="auth-title">Join {invitation.agencyName} on Portico</h1>
      <p className="muted">
        {invitation.inviterName} invited <strong>{invitation.email}</strong> to join as {roleLabel}.
      </p>
    </>
  );

  if (session.status === "signedIn") {
    const sameAddress = session.user.email?.toLowerCase() === invitation.email;
    return (
      <BrandedCard branding={invitation.branding}>
        {intro}
        <FormError>{formError}</FormError>
        {sameAddress ? (
          <Button
            busy={joining}
            onClick={async () => {
              setJoining(true);
              try {
                await accept();
                await finish();
              } catch (error) {
                failed(error);
                setJoining(false);
              }
            }}
          >
            Join {invitation.agencyName}
          </Button>
        ) : (
          <>
            <p>
              You're signed in as <strong>{session.user.email}</strong>. Sign out, then open the
              link again to join as {invitation.email}.
            </p>
            <Button variant="secondary" onClick={() => void signOut()}>
              Sign out
            </Button>
          </>
        )}
      </BrandedCard>
    );
  }

  if (invitation.accountExists) {
    const onSubmit = existingAccount.handleSubmit(async ({ password }) => {
      setFormError(null);
      try {
        await signInWithEmailAndPassword(auth, invitation.email, password);
        await accept();
        await finish();
      } catch (error) {
        if (error instanceof CallableError) failed(error);
        else
          existingAccount.setError("password", {
            message: "That password doesn't match this account.",
          });
      }
    });
    return (
      <BrandedCard branding={invitation.branding}>
        {intro}
        <form onSubmit={onSubmit} noValidate className="stack">
          <FormError>{formError}</FormError>
          <p className="muted">You already have a Portico account. Sign in to accept.</p>
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            error={existingAccount.formState.errors.password?.message}
            {...existingAccount.register("password")}
          />
          <Button type="submit" busy={existingAccount.formState.isSubmitting}>
            Sign in and join
          </Button>
        </form>
      </BrandedCard>
    );
  }

  const onSubmit = newAccount.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await accept(values);
      await signInWithEmailAndPassword(auth, invitation.email, values.password);
      navigate("/dashboard", { replace: true });
    } catch (error) {
      if (error instanceof CallableError && error.code === "failed-precondition") failed(error);
      else setFormError(applyServerErrors(error, newAccount.setError));
    }
  });
  return (
    <BrandedCard branding={invitation.branding}>
      {intro}
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField label="Email" value={invitation.email} readOnly />
        <TextField
          label="Your name"
          autoComplete="name"
          error={newAccount.formState.errors.displayName?.message}
          {...newAccount.register("displayName")}
        />
        <TextField
          label="Choose a password"
          type="password"
          autoComplete="new-password"
          hint="At least 8 characters, with a letter and a number."
          error={newAccount.formState.errors.password?.message}
          {...newAccount.register("password")}
        />
        <Button type="submit" busy={newAccount.formState.isSubmitting}>
          Join {invitation.agencyName}
        </Button>
      </form>
    </BrandedCard>
  );
}
