import { defaultBranding } from "@portico/domain/branding";
import type { PortalState } from "@portico/domain/portal";
import { DEFAULT_GENERAL_SETTINGS } from "@portico/domain/settings";
import { type ReactNode, useState } from "react";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { FormError } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { useAgency } from "../../../data/agency-repository";
import type { ClientRow } from "../../../data/clients-repository";
import { revokePortalAccess, sendPortalInvitation } from "../../../data/portal-repository";
import { useBranding, useGeneralSettings } from "../../../data/settings-repository";
import { PortalInvitationPreview } from "./portal-invitation-preview";

/** Why Send Portal Invitation is disabled, beside the button. */
export const NO_PORTAL_EMAIL_REASON = "Add an email address to invite this client to the portal.";

function SendInvitationDialog({
  client,
  agencyId,
  resend,
  open,
  onOpenChange,
}: {
  client: ClientRow;
  agencyId: string;
  resend: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const toast = useToast();
  const agency = useAgency(agencyId);
  const { branding } = useBranding(agencyId, agency.data?.name ?? "");
  const { settings } = useGeneralSettings(agencyId);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async () => {
    setSending(true);
    setError(null);
    try {
      await sendPortalInvitation(client.id);
      toast.show(resend ? "Invitation resent" : "Portal invitation sent", {
        description: client.email,
        tone: "success",
      });
      onOpenChange(false);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : "Couldn't send the invitation.");
    } finally {
      setSending(false);
    }
  };

  const action = resend ? "Resend Invitation" : "Send Portal Invitation";
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setError(null);
        onOpenChange(next);
      }}
      title={action}
      description={
        resend
          ? "A fresh link goes to the address below. The link sent before stops working."
          : client.portal?.status === "revoked"
            ? `${client.name} gets a branded email with a secure link to get their portal access back. Only they get it back: teammates who lost access with the revoke stay revoked until you restore them from the client's team.`
            : `${client.name} gets a branded email with a secure link to create their portal account.`
      }
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button busy={sending} onClick={() => void send()}>
            {resend ? "Resend invitation" : "Send invitation"}
          </Button>
        </>
      }
    >
      <FormError>{error}</FormError>
      <p className="portal-invitation-address">
        To: <strong data-testid="portal-invitation-email">{client.email}</strong>
      </p>
      <PortalInvitationPreview
        branding={branding ?? defaultBranding(agency.data?.name ?? "")}
        locale={client.language}
        clientName={client.name}
        linkLifetimeDays={
          settings?.portalLinkLifetimeDays ?? DEFAULT_GENERAL_SETTINGS.portalLinkLifetimeDays
        }
      />
    </Dialog>
  );
}

function RevokeDialog({
  client,
  open,
  onOpenChange,
}: {
  client: ClientRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    setBusy(true);
    try {
      await revokePortalAccess(client.id);
      toast.show("Portal access revoked", { description: client.name, tone: "success" });
      onOpenChange(false);
    } catch (cause) {
      toast.show(cause instanceof Error ? cause.message : "Couldn't revoke portal access.", {
        tone: "error",
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Revoke portal access for ${client.name}?`}
      description="Everyone on the client's portal team is signed out at once and can't sign in again. The links to the client's open access requests are replaced too (Copy link gives the new ones). You can invite them again later."
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Keep access</Button>
          </DialogClose>
          <Button variant="danger" busy={busy} onClick={() => void revoke()}>
            Revoke Portal Access
          </Button>
        </>
      }
    />
  );
}

/**
 * The client profile's action bar: the portal action that fits the client's
 * portal state (Send Portal Invitation, Resend Invitation or Revoke Portal
 * Access) after the page's main action (`lead`), then its other actions.
 * Viewers see none of them.
 */
export function PortalActionBar({
  client,
  state,
  agencyId,
  canEdit,
  lead,
  children,
}: {
  client: ClientRow;
  state: PortalState;
  agencyId: string;
  canEdit: boolean;
  /** The page's main action, before the portal's. */
  lead?: ReactNode;
  children?: ReactNode;
}) {
  const [dialog, setDialog] = useState<"send" | "revoke" | null>(null);
  if (!canEdit) return null;
  // An invitation cancelled by an email change is sent again, to the new address.
  const resend =
    state === "Invite Sent" || state === "Expired" || client.portal?.status === "cancelled";

  let action: ReactNode;
  if (state === "Active") {
    action = (
      <Button variant="secondary" onClick={() => setDialog("revoke")}>
        Revoke Portal Access
      </Button>
    );
  } else if (state === "No Email") {
    action = (
      <Button disabled aria-describedby="portal-invite-reason">
        Send Portal Invitation
      </Button>
    );
  } else {
    action = (
      <Button onClick={() => setDialog("send")}>
        {resend ? "Resend Invitation" : "Send Portal Invitation"}
      </Button>
    );
  }

  return (
    <div className="action-bar">
      <div className="action-bar-buttons">
        {lead}
        {action}
        {children}
      </div>
      {state === "No Email" && (
        <p id="portal-invite-reason" className="muted small action-bar-reason">
          {NO_PORTAL_EMAIL_REASON}
        </p>
      )}
      {dialog === "send" && (
        <SendInvitationDialog
          client={client}
          agencyId={agencyId}
          resend={resend}
          open
          onOpenChange={(open) => !open && setDialog(null)}
        />
      )}
      {dialog === "revoke" && (
        <RevokeDialog client={client} open onOpenChange={(open) => !open && setDialog(null)} />
      )}
    </div>
  );
}
