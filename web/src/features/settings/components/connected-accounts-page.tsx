import { removeConnectedAccountCallable } from "@portico/domain/callables/settings";
import { PLATFORMS } from "@portico/domain/catalogue/platforms";
import { RECEIVING_ACCOUNT_KINDS } from "@portico/domain/catalogue/receiving-accounts";
import { getService, isServiceId } from "@portico/domain/catalogue/services";
import { connectedAccountName } from "@portico/domain/connected-accounts";
import { canManageAgency } from "@portico/domain/roles";
import { useState } from "react";
import { Button } from "../../../components/button";
import { AccountForm, type AccountRow } from "../../../components/connected-account-form";
import { Dialog, DialogClose } from "../../../components/dialog";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { useOpenInvitesUsingAccount } from "../../../data/invites-repository";
import { useConnectedAccounts } from "../../../data/settings-repository";
import { call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";

/** An account's name (or its kind when it has none), then its ID: the kind shows once. */
function AccountSummary({ account }: { account: AccountRow }) {
  const name = connectedAccountName(account);
  const kind = RECEIVING_ACCOUNT_KINDS[account.kind].label;
  return (
    <div>
      <strong>{name ?? kind}</strong>
      <div className="muted small">
        {name && `${kind}: `}
        <code>{account.value}</code>
      </div>
    </div>
  );
}

/**
 * Remove an account, after saying which open invites still wait for a
 * client's grant to it: those clients cannot grant that service until the
 * invite is edited to use another account.
 */
function RemoveAccountDialog({
  agencyId,
  account,
  onClose,
}: {
  agencyId: string;
  account: AccountRow | null;
  onClose: () => void;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const invites = useOpenInvitesUsingAccount(agencyId, account?.id ?? null);
  const waiting = (invites.data ?? [])
    .map((invite) => ({
      invite,
      services: invite.services
        .filter(
          (service) => service.status === "pending" && service.connectedAccount.id === account?.id,
        )
        .map((service) =>
          isServiceId(service.serviceId) ? getService(service.serviceId).name : service.serviceId,
        ),
    }))
    .filter((entry) => entry.services.length > 0);

  const remove = async () => {
    if (!account) return;
    setBusy(true);
    try {
      await call(removeConnectedAccountCallable, { accountId: account.id });
      toast.show("Account removed", {
        description: connectedAccountName(account) ?? RECEIVING_ACCOUNT_KINDS[account.kind].label,
        tone: "success",
      });
      onClose();
    } catch (error) {
      toast.show(error instanceof Error ? error.message : "Couldn't remove the account.", {
        tone: "error",
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={account !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Remove ${account?.label ?? "account"}?`}
      description={
        account &&
        `${RECEIVING_ACCOUNT_KINDS[account.kind].label}: ${account.value}. New invites can no longer use it.`
      }
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Keep account</Button>
          </DialogClose>
          <Button
            variant="danger"
            busy={busy}
            disabled={invites.status === "loading"}
            onClick={() => void remove()}
          >
            Remove account
          </Button>
        </>
      }
    >
      {invites.status === "loading" && <p className="muted">Checking open invites…</p>}
      {invites.status === "error" && (
        <p role="alert">Couldn't check which open invites use this account.</p>
      )}
      {invites.status === "ready" &&
        (waiting.length === 0 ? (
          <p>No open invite waits for access to this account.</p>
        ) : (
          <section className="stack" aria-label="Open invites using this account">
            <p>
              {waiting.length === 1
                ? "1 open invite still waits for access to this account."
                : `${waiting.length} open invites still wait for access to this account.`}{" "}
              Their clients can't grant these services until you edit the invite and choose another
              account:
            </p>
            <ul className="account-invites">
              {waiting.map(({ invite, services }) => (
                <li key={invite.id}>
                  <strong>{invite.client.name}</strong>: {services.join(", ")}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </Dialog>
  );
}

export function ConnectedAccountsPage() {
  const { agency } = useAgencySession();
  const accounts = useConnectedAccounts(agency.agencyId);
  const canManage = canManageAgency(agency.role);
  const [editing, setEditing] = useState<AccountRow | "new" | null>(null);
  const [removing, setRemoving] = useState<AccountRow | null>(null);

  if (accounts.status === "loading") return <LoadingScreen label="Loading connected accounts" />;
  if (accounts.status === "error") return <p role="alert">Couldn't load connected accounts.</p>;

  const byPlatform = PLATFORMS.map((platform) => ({
    platform,
    accounts: accounts.data.filter((account) => account.platform === platform.id),
  })).filter((group) => group.accounts.length > 0);

  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="accounts-heading">
        <div className="card-header">
          <div>
            <h2 id="accounts-heading">Connected accounts</h2>
            <p className="muted">
              Your agency's own accounts that receive access: a Google Ads manager account, a Meta
              Business ID, the email a platform invites. An invite can only ask for a service whose
              account is connected here.
            </p>
          </div>
          {canManage && <Button onClick={() => setEditing("new")}>Connect account</Button>}
        </div>
        {byPlatform.length === 0 ? (
          <EmptyState title="No accounts connected yet">
            Connect at least one account for each platform you request access to.
          </EmptyState>
        ) : (
          byPlatform.map(({ platform, accounts: rows }) => (
            <div key={platform.id} className="platform-group">
              <h3>{platform.name}</h3>
              <ul className="account-list" aria-label={`${platform.name} accounts`}>
                {rows.map((account) => (
                  <li key={account.id} className="account-item">
                    <AccountSummary account={account} />
                    {canManage && (
                      <span className="row-actions">
                        <Button variant="secondary" onClick={() => setEditing(account)}>
                          Edit
                        </Button>
                        <Button
                          variant="ghost"
                          onClick={() => setRemoving(account)}
                          aria-label={`Remove ${connectedAccountName(account) ?? RECEIVING_ACCOUNT_KINDS[account.kind].label}`}
                        >
                          Remove
                        </Button>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
        {!canManage && (
          <p className="muted">Only owners and admins can change connected accounts.</p>
        )}
      </section>
      <Dialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        title={editing === "new" ? "Connect account" : "Edit account"}
      >
        {editing !== null && (
          <AccountForm
            account={editing === "new" ? null : editing}
            onDone={() => setEditing(null)}
          />
        )}
      </Dialog>
      <RemoveAccountDialog
        agencyId={agency.agencyId}
        account={removing}
        onClose={() => setRemoving(null)}
      />
    </div>
  );
}
