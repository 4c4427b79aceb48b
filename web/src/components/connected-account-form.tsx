import { saveConnectedAccountCallable } from "@portico/domain/callables/settings";
import { PLATFORMS } from "@portico/domain/catalogue/platforms";
import {
  RECEIVING_ACCOUNT_KIND_IDS,
  RECEIVING_ACCOUNT_KINDS,
  type ReceivingAccountKindId,
} from "@portico/domain/catalogue/receiving-accounts";
import { SERVICES } from "@portico/domain/catalogue/services";
import type {
  ConnectedAccountDoc,
  SaveConnectedAccountInput,
} from "@portico/domain/connected-accounts";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { call } from "../lib/callable";
import { applyServerErrors } from "../lib/server-errors";
import { Dialog, DialogFormActions } from "./dialog";
import { FormError, TextField } from "./form-field";
import { useToast } from "./toast";

export type AccountRow = ConnectedAccountDoc & { id: string };

/** Which services a kind of receiving account serves, e.g. "Google Ads". */
function servicesUsing(kind: ReceivingAccountKindId): string {
  return SERVICES.filter((service) => service.receivingAccountKind === kind)
    .map((service) => service.name)
    .join(", ");
}

/**
 * Add or edit one receiving account: Settings → Connected accounts, and the
 * in-place Connect account dialog of Create Invite and Edit invite.
 * `kind` preselects the kind of a new account; `onDone` gets its id.
 */
export function AccountForm({
  account,
  kind: initialKind,
  onDone,
}: {
  account: AccountRow | null;
  kind?: ReceivingAccountKindId | undefined;
  onDone: (accountId: string) => void;
}) {
  const toast = useToast();
  const kindId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SaveConnectedAccountInput>({
    defaultValues: {
      kind: account?.kind ?? initialKind ?? "google-ads-manager",
      label: account?.label ?? "",
      value: account?.value ?? "",
    },
  });
  const kind = RECEIVING_ACCOUNT_KINDS[watch("kind") as ReceivingAccountKindId];

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await call(
        saveConnectedAccountCallable,
        account ? { ...values, accountId: account.id } : values,
      );
      toast.show(account ? "Account updated" : "Account connected", { tone: "success" });
      onDone(saved.accountId);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ["kind", "label", "value"]));
    }
  });

  return (
    <form
      onSubmit={(event) => {
        // In place, this form sits (through a portal) inside another form: its submit is its own.
        event.stopPropagation();
        void submit(event);
      }}
      noValidate
      className="stack"
    >
      <FormError>{formError}</FormError>
      <div className="field">
        <label htmlFor={kindId} className="field-label">
          Account
        </label>
        <select id={kindId} className="input" disabled={account !== null} {...register("kind")}>
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
      <DialogFormActions
        submitLabel={account ? "Save account" : "Connect account"}
        busy={isSubmitting}
      />
    </form>
  );
}

/**
 * Connect account, in place: the Settings form in a dialog, so Create Invite
 * and Edit invite keep their state while an account is added.
 */
export function ConnectAccountDialog({
  open,
  onOpenChange,
  kind,
  onConnected,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  kind?: ReceivingAccountKindId | undefined;
  onConnected?: (accountId: string) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Connect account">
      {open && (
        <AccountForm
          account={null}
          kind={kind}
          onDone={(accountId) => {
            onOpenChange(false);
            onConnected?.(accountId);
          }}
        />
      )}
    </Dialog>
  );
}
