import { PLATFORMS } from "@portico/domain/catalogue/platforms";
import {
  RECEIVING_ACCOUNT_KIND_IDS,
  RECEIVING_ACCOUNT_KINDS,
  type ReceivingAccountKindId,
} from "@portico/domain/catalogue/receiving-accounts";
import { SERVICES } from "@portico/domain/catalogue/services";
import { CALLABLES } from "@portico/domain/config";
import {
  type ConnectedAccountDoc,
  connectedAccountName,
  type SaveConnectedAccountInput,
} from "@portico/domain/connected-accounts";
import { canManageAgency } from "@portico/domain/roles";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { EmptyState } from "../../../components/empty-state";
import { FormError, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { callFunction } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { useAgencySession } from "../../auth/api/session";
import { useConnectedAccounts } from "../api/settings-repository";

type AccountRow = ConnectedAccountDoc & { id: string };

/** Which services a kind of receiving account serves, e.g. "Google Ads". */
function servicesUsing(kind: ReceivingAccountKindId): string {
  return SERVICES.filter((service) => service.receivingAccountKind === kind)
    .map((service) => service.name)
    .join(", ");
}

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

function AccountForm({ account, onDone }: { account: AccountRow | null; onDone: () => void }) {
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SaveConnectedAccountInput>({
    defaultValues: {
      kind: account?.kind ?? "google-ads-manager",
      label: account?.label ?? "",
      value: account?.value ?? "",
    },
  });
  const kind = RECEIVING_ACCOUNT_KINDS[watch("kind") as ReceivingAccountKindId];

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await callFunction(
        CALLABLES.saveConnectedAccount,
        account ? { ...values, accountId: account.id } : values,
      );
      toast.show(account ? "Account updated" : "Account connected", { tone: "success" });
      onDone();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ["kind", "label", "value"]));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormError>{formError}</FormError>
      <div className="field">
        <label htmlFor="account-kind" className="field-label">
          Account
        </label>
        <select
          id="account-kind"
          className="input"
          disabled={account !== null}
          {...register("kind")}
        >
          {PLATFORMS.map((platform) => {
            const kinds = RECEIVING_ACCOUNT_KIND_IDS.filter(
              (id) => RECEIVING_ACCOUNT_KINDS[id].platform === platform.id,
            );
            if (kinds.length === 0) return null;
            return (
              <optgroup key={platform.id} label={platform.name}>
                {kinds.map((id) => (
                  <option key={id} value={id}>
                    {RECEIVING_ACCOUNT_KINDS[id].label}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
        {errors.kind?.message && (
          <p className="field-error" role="alert">
            {errors.kind.message}
          </p>
        )}
      </div>
      {kind && <p className="muted small">Used for: {servicesUsing(kind.id)}</p>}
      <TextField
        label={kind?.label ?? "Account ID"}
        placeholder={kind?.example}
        hint={kind?.hint}
        autoComplete="off"
        error={errors.value?.message}
        {...register("value")}
      />
      <TextField
        label="Name (optional)"
        placeholder="e.g. Main MCC"
        autoComplete="off"
        error={errors.label?.message}
        {...register("label")}
      />
      <div className="form-actions">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" busy={isSubmitting}>
          {account ? "Save account" : "Connect account"}
        </Button>
      </div>
    </form>
  );
}

export function ConnectedAccountsPage() {
  const { agency } = useAgencySession();
  const accounts = useConnectedAccounts(agency.agencyId);
  const canManage = canManageAgency(agency.role);
  const toast = useToast();
  const [editing, setEditing] = useState<AccountRow | "new" | null>(null);

  if (accounts.status === "loading") return <LoadingScreen label="Loading connected accounts" />;
  if (accounts.status === "error") return <p role="alert">Couldn't load connected accounts.</p>;

  const remove = async (account: AccountRow) => {
    try {
      await callFunction(CALLABLES.removeConnectedAccount, { accountId: account.id });
      toast.show("Account removed", { description: account.label, tone: "success" });
    } catch (error) {
      toast.show(error instanceof Error ? error.message : "Couldn't remove the account.", {
        tone: "error",
      });
    }
  };

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
                          onClick={() => void remove(account)}
                          aria-label={`Remove ${account.label}`}
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
    </div>
  );
}
