import { canManageAgency } from "@portico/domain/roles";
import { DropdownMenu } from "radix-ui";
import { useState } from "react";
import { useToast } from "../../../components/toast";
import type { InviteRow } from "../../../data/invites-repository";
import { useAgencySession } from "../../../lib/session";
import { EditInviteDialog } from "./edit-invite-dialog";
import { AddCcDialog, copyInviteLink, SendReminderButton } from "./invite-actions";
import { serviceName } from "./invite-status";
import { NewLinkDialog } from "./new-link-dialog";
import { awaitsVerification } from "./service-status-text";
import { TokenAccessDialog, tokenServices } from "./token-access-dialog";
import { useMarkVerified } from "./use-mark-verified";

/**
 * An invite's actions on the board and the client profile: Send Reminder in
 * view, the rest (Copy link, Edit, Add CC, New link, Mark verified) in a menu, and
 * Token access for owners and admins. Viewers can copy links only.
 */
export function InviteRowActions({
  invite,
  agencyId,
  canEdit,
  cooldownHours,
}: {
  invite: InviteRow;
  agencyId: string;
  canEdit: boolean;
  cooldownHours: number;
}) {
  const toast = useToast();
  const { agency } = useAgencySession();
  const [dialog, setDialog] = useState<"edit" | "cc" | "link" | "tokens" | null>(null);
  const { markVerified } = useMarkVerified(invite);
  const toVerify = canEdit ? invite.services.filter(awaitsVerification) : [];
  const tokenAccess = canManageAgency(agency.role) && tokenServices(invite).length > 0;

  const copy = async () => {
    try {
      await copyInviteLink(invite.id);
      toast.show("Link copied", {
        description: `Paste it to ${invite.client.name} wherever you talk.`,
        tone: "success",
      });
    } catch (error) {
      toast.show("Couldn't copy the link", {
        description: error instanceof Error ? error.message : undefined,
        tone: "error",
      });
    }
  };

  return (
    <div className="row-actions">
      {canEdit && <SendReminderButton invite={invite} cooldownHours={cooldownHours} />}
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          className="btn btn-ghost btn-small"
          aria-label={`More actions for ${invite.client.name}'s invite`}
        >
          ⋯
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
            <DropdownMenu.Item className="menu-item" onSelect={() => void copy()}>
              Copy link
            </DropdownMenu.Item>
            {canEdit && (
              <>
                <DropdownMenu.Item className="menu-item" onSelect={() => setDialog("edit")}>
                  Edit
                </DropdownMenu.Item>
                <DropdownMenu.Item className="menu-item" onSelect={() => setDialog("cc")}>
                  Add CC
                </DropdownMenu.Item>
                <DropdownMenu.Item className="menu-item" onSelect={() => setDialog("link")}>
                  New link
                </DropdownMenu.Item>
              </>
            )}
            {toVerify.map((service) => (
              <DropdownMenu.Item
                key={service.serviceId}
                className="menu-item"
                onSelect={() => void markVerified(service.serviceId)}
              >
                Mark {serviceName(service.serviceId)} verified
              </DropdownMenu.Item>
            ))}
            {tokenAccess && (
              <DropdownMenu.Item className="menu-item" onSelect={() => setDialog("tokens")}>
                Token access
              </DropdownMenu.Item>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {canEdit && (
        <>
          <EditInviteDialog
            invite={invite}
            agencyId={agencyId}
            open={dialog === "edit"}
            onOpenChange={(open) => setDialog(open ? "edit" : null)}
          />
          <AddCcDialog
            invite={invite}
            open={dialog === "cc"}
            onOpenChange={(open) => setDialog(open ? "cc" : null)}
          />
          <NewLinkDialog
            invite={invite}
            open={dialog === "link"}
            onOpenChange={(open) => setDialog(open ? "link" : null)}
          />
        </>
      )}
      {tokenAccess && (
        <TokenAccessDialog
          invite={invite}
          open={dialog === "tokens"}
          onOpenChange={(open) => setDialog(open ? "tokens" : null)}
        />
      )}
    </div>
  );
}
