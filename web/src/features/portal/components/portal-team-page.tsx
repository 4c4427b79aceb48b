import { zodResolver } from "@hookform/resolvers/zod";
import { accountSchemas } from "@portico/domain/account";
import { accountMessages } from "@portico/domain/account-messages";
import type { InvitePortalTeammateInput } from "@portico/domain/portal";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { PortalTeamTables } from "../../../components/portal-team-tables";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import {
  invitePortalTeammate,
  usePendingPortalInvitations,
  usePortalMembers,
} from "../../../data/portal-repository";
import { withMailLimitMessage } from "../../../lib/mail-limit-error";
import { fill, portalMoreStrings } from "../../../lib/portal-strings";
import { applyServerErrors } from "../../../lib/server-errors";
import { usePortalSession } from "../../../lib/session";
import { useNow } from "../../../lib/use-now";
import { usePortalTitle } from "../portal-address";
import { usePortalLook } from "../portal-look";
import { withPortalRefusal } from "../portal-refusals";
import { PortalSettingsTabs } from "./portal-settings-tabs";
import { usePortalTeamActions } from "./portal-team-actions";

function InviteTeammateForm() {
  const { t, locale } = usePortalLook();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InvitePortalTeammateInput>({
    resolver: zodResolver(z.object({ email: accountSchemas(accountMessages(locale)).email })),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await invitePortalTeammate(values);
      toast.show(fill(t.teamPage.sent, { email: values.email }), { tone: "success" });
      reset({ email: "" });
    } catch (error) {
      // A mail limit or a refusal (already a member, already invited) in the
      // client's language, beside the email field when it is about the address.
      const worded = withPortalRefusal(withMailLimitMessage(error, locale), locale);
      setFormError(applyServerErrors(worded, setError, ["email"]));
    }
  });

  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t.teamPage.inviteTitle}</h2>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <div className="inline-form">
          <TextField
            label={t.teamPage.email}
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...register("email")}
          />
          <Button type="submit" busy={isSubmitting}>
            {t.teamPage.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** /portal/settings/team: who is invited, who is active, an invite by email, and their actions. */
export function PortalTeamPage() {
  const { user, portal } = usePortalSession();
  const look = usePortalLook();
  const { t, locale, branding } = look;
  const more = portalMoreStrings(locale);
  usePortalTitle(t.team, look);
  const members = usePortalMembers(portal.agencyId, portal.clientId);
  const invitations = usePendingPortalInvitations(portal.agencyId, portal.clientId);
  const now = useNow(60_000);
  const agencyName = branding?.displayName ?? t.portal;
  const { memberAction, invitationAction, removeDialog } = usePortalTeamActions({
    more,
    sent: t.teamPage.sent,
    locale,
    agencyName,
    currentUid: user.uid,
    members: members.status === "ready" ? members.data : [],
  });
  // Re-inviting after Revoke Portal Access brings back only whoever accepted.
  const someRevoked =
    members.status === "ready" && members.data.some((member) => member.status === "revoked");

  return (
    <div className="stack-lg portal-page">
      <PortalSettingsTabs />
      <p className="muted">{t.teamPage.intro}</p>
      {someRevoked && (
        <p className="notice" role="status" data-testid="revoked-teammates">
          {fill(more.team.revokedNotice, { agency: agencyName })}
        </p>
      )}
      <InviteTeammateForm />
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">{t.teamPage.people}</h2>
        {(members.status === "loading" || invitations.status === "loading") && (
          <LoadingScreen label={t.loading} />
        )}
        {(members.status === "error" || invitations.status === "error") && (
          <p role="alert">{t.loadFailed}</p>
        )}
        {members.status === "ready" && invitations.status === "ready" && (
          <PortalTeamTables
            t={t.teamPage}
            locale={locale}
            members={members.data}
            invitations={invitations.data}
            currentUid={user.uid}
            now={now}
            memberAction={memberAction}
            invitationAction={invitationAction}
            actionsLabel={more.team.actions}
            contactLabel={more.team.contact}
          />
        )}
      </section>
      {removeDialog}
    </div>
  );
}
