import type { Locale } from "@portico/domain/i18n/locales";
import { isPortalContact } from "@portico/domain/portal";
import { isPortalRefusalDetails } from "@portico/domain/portal-refusals";
import { type ReactNode, useCallback, useState } from "react";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { useToast } from "../../../components/toast";
import {
  cancelPortalInvitation,
  invitePortalTeammate,
  type PortalInvitationRow,
  type PortalMemberRow,
  removePortalTeammate,
  resendPortalInvitation,
} from "../../../data/portal-repository";
import type { CallableError } from "../../../lib/callable";
import { mailLimitOf, withMailLimitMessage } from "../../../lib/mail-limit-error";
import { fill, type PortalMoreStrings } from "../../../lib/portal-strings";
import { withPortalRefusal } from "../portal-refusals";

/** A team action's refusal (a mail limit or a portal refusal) in the client's language. */
function teamRefusalMessage(error: unknown, more: PortalMoreStrings, locale: Locale) {
  const worded = withPortalRefusal(withMailLimitMessage(error, locale), locale);
  if (mailLimitOf(error) || isPortalRefusalDetails((error as CallableError).details)) {
    return (worded as Error).message;
  }
  return more.team.failed;
}

/**
 * The portal team page's actions, with the agency team page's rules (the
 * server checks them again): Remove a teammate (a contact only by a contact,
 * never yourself here), Invite again someone revoked or removed, Resend or
 * Cancel a teammate's pending invitation; the agency's own invitation only
 * says who sent it.
 */
export function usePortalTeamActions({
  more,
  sent,
  locale,
  agencyName,
  currentUid,
  members,
}: {
  more: PortalMoreStrings;
  /** "Invitation sent to {{email}}", for Invite again. */
  sent: string;
  locale: Locale;
  agencyName: string;
  currentUid: string;
  members: PortalMemberRow[];
}) {
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [removing, setRemoving] = useState<PortalMemberRow | null>(null);
  const me = members.find((member) => member.uid === currentUid);
  const iAmContact = me ? isPortalContact(me) : false;

  const act = useCallback(
    async (key: string, action: () => Promise<unknown>, success: string) => {
      setBusy(key);
      try {
        await action();
        toast.show(success, { tone: "success" });
        return true;
      } catch (error) {
        toast.show(teamRefusalMessage(error, more, locale), { tone: "error" });
        return false;
      } finally {
        setBusy(null);
      }
    },
    [toast, more, locale],
  );

  const memberAction = useCallback(
    (member: PortalMemberRow): ReactNode => {
      if (member.uid === currentUid) return null;
      if (member.status !== "active") {
        return (
          <Button
            variant="secondary"
            className="btn-small"
            busy={busy === `again-${member.uid}`}
            aria-label={`${more.team.inviteAgain}: ${member.displayName}`}
            onClick={() =>
              void act(
                `again-${member.uid}`,
                () => invitePortalTeammate({ email: member.email }),
                fill(sent, { email: member.email }),
              )
            }
          >
            {more.team.inviteAgain}
          </Button>
        );
      }
      if (isPortalContact(member) && !iAmContact) return null;
      return (
        <Button
          variant="ghost"
          className="btn-small"
          aria-label={`${more.team.remove}: ${member.displayName}`}
          onClick={() => setRemoving(member)}
        >
          {more.team.remove}
        </Button>
      );
    },
    [currentUid, iAmContact, busy, more, sent, act],
  );

  const invitationAction = useCallback(
    (invitation: PortalInvitationRow): ReactNode => {
      if (invitation.invitedBy.kind === "agency") {
        return (
          <span className="muted small">
            {fill(more.team.sentByAgency, { agency: agencyName })}
          </span>
        );
      }
      return (
        <span className="row-actions">
          <Button
            variant="secondary"
            className="btn-small"
            busy={busy === `resend-${invitation.id}`}
            aria-label={`${more.team.resend}: ${invitation.email}`}
            onClick={() =>
              void act(
                `resend-${invitation.id}`,
                () => resendPortalInvitation(invitation.id),
                fill(more.team.resent, { email: invitation.email }),
              )
            }
          >
            {more.team.resend}
          </Button>
          <Button
            variant="ghost"
            className="btn-small"
            busy={busy === `cancel-${invitation.id}`}
            aria-label={`${more.team.cancelInvitation}: ${invitation.email}`}
            onClick={() =>
              void act(
                `cancel-${invitation.id}`,
                () => cancelPortalInvitation(invitation.id),
                fill(more.team.cancelled, { email: invitation.email }),
              )
            }
          >
            {more.team.cancelInvitation}
          </Button>
        </span>
      );
    },
    [agencyName, busy, more, act],
  );

  const removeDialog = (
    <Dialog
      open={removing !== null}
      onOpenChange={(open) => !open && setRemoving(null)}
      title={fill(more.team.removeTitle, { name: removing?.displayName ?? "" })}
      description={fill(more.team.removeBody, { email: removing?.email ?? "" })}
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">{more.team.keep}</Button>
          </DialogClose>
          <Button
            variant="danger"
            busy={busy === "remove"}
            onClick={async () => {
              if (!removing) return;
              const done = await act(
                "remove",
                () => removePortalTeammate(removing.uid),
                fill(more.team.removed, { name: removing.displayName }),
              );
              if (done) setRemoving(null);
            }}
          >
            {more.team.removeConfirm}
          </Button>
        </>
      }
    />
  );

  return { memberAction, invitationAction, removeDialog };
}
