import { useCallback, useState } from "react";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { PortalTeamTables } from "../../../components/portal-team-tables";
import { useToast } from "../../../components/toast";
import {
  type PortalMemberRow,
  removePortalUser,
  restorePortalUser,
  usePendingPortalInvitations,
  usePortalMembers,
} from "../../../data/portal-repository";
import { portalStrings } from "../../../lib/portal-strings";
import { useNow } from "../../../lib/use-now";

/** The agency reads the portal team in English: the portal's own English labels. */
const english = portalStrings("en").teamPage;

/**
 * The client's portal team on its profile, live: portal users (active,
 * revoked or removed) and pending invitations. Editors remove a single user.
 */
export function ClientPortalTeam({
  agencyId,
  clientId,
  canEdit,
  portalActive,
}: {
  agencyId: string;
  clientId: string;
  canEdit: boolean;
  /** Someone uses the portal again: users revoked with the rest can be restored. */
  portalActive: boolean;
}) {
  const members = usePortalMembers(agencyId, clientId);
  const invitations = usePendingPortalInvitations(agencyId, clientId);
  const toast = useToast();
  const now = useNow(60_000);
  const [removing, setRemoving] = useState<PortalMemberRow | null>(null);
  const [busy, setBusy] = useState(false);

  const [restoring, setRestoring] = useState<string | null>(null);
  const restore = useCallback(
    async (member: PortalMemberRow) => {
      setRestoring(member.uid);
      try {
        await restorePortalUser(clientId, member.uid);
        toast.show(`${member.displayName} has portal access again`, { tone: "success" });
      } catch (error) {
        toast.show(error instanceof Error ? error.message : "Couldn't restore this user.", {
          tone: "error",
        });
      } finally {
        setRestoring(null);
      }
    },
    [clientId, toast],
  );

  const memberAction = useCallback(
    (member: PortalMemberRow) => {
      if (member.status === "active") {
        return (
          <Button variant="ghost" onClick={() => setRemoving(member)}>
            Remove
          </Button>
        );
      }
      if (member.status === "revoked" && portalActive) {
        return (
          <Button
            variant="secondary"
            className="btn-small"
            busy={restoring === member.uid}
            aria-label={`Restore access: ${member.displayName}`}
            onClick={() => void restore(member)}
          >
            Restore access
          </Button>
        );
      }
      return null;
    },
    [portalActive, restoring, restore],
  );
  // Inviting the client again after a revoke brought back only whoever accepted.
  const revokedTeammates =
    portalActive && members.status === "ready"
      ? members.data.filter((member) => member.status === "revoked").length
      : 0;

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await removePortalUser(clientId, removing.uid);
      toast.show(`${removing.displayName} was removed from the portal`, { tone: "success" });
      setRemoving(null);
    } catch (error) {
      toast.show(error instanceof Error ? error.message : "Couldn't remove this user.", {
        tone: "error",
      });
    } finally {
      setBusy(false);
    }
  };

  const ready = members.status === "ready" && invitations.status === "ready";
  const empty = ready && members.data.length === 0 && invitations.data.length === 0;
  return (
    <section className="card card-wide" aria-labelledby="portal-team-heading">
      <h2 id="portal-team-heading">Client's team</h2>
      {(members.status === "error" || invitations.status === "error") && (
        <p role="alert">Couldn't load the client's portal team.</p>
      )}
      {empty && <p className="muted">No one from this client has portal access yet.</p>}
      {revokedTeammates > 0 && (
        <p className="notice" role="status" data-testid="revoked-portal-users">
          {revokedTeammates === 1 ? "1 person" : `${revokedTeammates} people`} of the client's team
          lost access when portal access was revoked, and inviting the client again didn't give it
          back. {canEdit ? "Use Restore access to let them sign in again." : ""}
        </p>
      )}
      {ready && (
        <PortalTeamTables
          t={english}
          locale="en"
          members={members.data}
          invitations={invitations.data}
          now={now}
          {...(canEdit ? { memberAction } : {})}
        />
      )}
      <Dialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={`Remove ${removing?.displayName ?? ""} from the portal?`}
        description={`${removing?.email ?? ""} is signed out at once and can't sign in to the portal again. The rest of the client's team keeps access.`}
        footer={
          <>
            <DialogClose asChild>
              <Button variant="secondary">Keep</Button>
            </DialogClose>
            <Button variant="danger" busy={busy} onClick={() => void remove()}>
              Remove from portal
            </Button>
          </>
        }
      />
    </section>
  );
}
