import { zodResolver } from "@hookform/resolvers/zod";
import { editInviteCallable } from "@portico/domain/callables/invites";
import { getService, isServiceId } from "@portico/domain/catalogue/services";
import { servicesAwaitingAccount } from "@portico/domain/connected-accounts";
import {
  type EditInviteInput,
  editInviteInputSchema,
  editServiceProblems,
  NO_EMAIL_FOR_UPDATE_MESSAGE,
  type RequestedService,
  type ServiceStatus,
} from "@portico/domain/invites";
import { useId, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import type { z } from "zod";
import { Badge, type BadgeTone } from "../../../components/badge";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { FormError } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import type { InviteRow } from "../../../data/invites-repository";
import { useConnectedAccounts } from "../../../data/settings-repository";
import { call } from "../../../lib/callable";
import { mailLimitOf } from "../../../lib/mail-limit-error";
import { applyServerErrors } from "../../../lib/server-errors";
import {
  asRequested,
  ServiceChoices,
  serviceChoiceErrors,
  serviceListError,
} from "./service-choices";

type EditOutput = z.output<typeof editInviteInputSchema>;

const STATUS_TONES: Record<ServiceStatus, BadgeTone> = {
  pending: "neutral",
  granted: "success",
  skipped: "warning",
};
const STATUS_LABELS: Record<ServiceStatus, string> = {
  pending: "Pending",
  granted: "Granted",
  skipped: "Skipped",
};

interface EditInviteDialogProps {
  invite: InviteRow;
  agencyId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Edit an invite: add or remove services, change access levels or the
 * connected agency account, optionally emailing the client. The thank you
 * message and redirect are set when the invite is created.
 */
export function EditInviteDialog({ invite, agencyId, open, onOpenChange }: EditInviteDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit invite for ${invite.client.name}`}
      description="Add or remove services, adjust access levels, or change the connected agency account."
    >
      {open && (
        <EditInviteForm invite={invite} agencyId={agencyId} onDone={() => onOpenChange(false)} />
      )}
    </Dialog>
  );
}

function EditInviteForm({
  invite,
  agencyId,
  onDone,
}: {
  invite: InviteRow;
  agencyId: string;
  onDone: () => void;
}) {
  const toast = useToast();
  const accounts = useConnectedAccounts(agencyId);
  const accountRows = accounts.data ?? [];
  const [formError, setFormError] = useState<string | null>(null);
  const sendUpdateId = useId();
  const {
    watch,
    setValue,
    setError,
    clearErrors,
    getValues,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<EditInviteInput, unknown, EditOutput>({
    resolver: zodResolver(editInviteInputSchema),
    defaultValues: {
      inviteId: invite.id,
      services: invite.services.map((service) => ({
        serviceId: service.serviceId,
        accessLevel: service.accessLevel,
        connectedAccountId: service.connectedAccount.id,
        optional: service.optional,
      })),
      sendEmailUpdate: false,
    },
  });
  const services = watch("services");
  const stored = new Map(invite.services.map((service) => [service.serviceId, service]));
  const snapshots = Object.fromEntries(
    invite.services.map((service) => [service.connectedAccount.id, service.connectedAccount]),
  );
  // Services the client cannot grant now: their account was removed from Connected accounts.
  const awaiting = servicesAwaitingAccount(
    invite,
    new Set(accountRows.map((account) => account.id)),
  ).map((service) =>
    isServiceId(service.serviceId) ? getService(service.serviceId).name : service.serviceId,
  );

  /** The same per-service checks the callable makes, in the domain's words. */
  const domainProblems = (): boolean => {
    const problems = editServiceProblems(
      asRequested(getValues("services")),
      invite.client.type,
      accountRows,
      invite.services.map((service) => ({
        serviceId: service.serviceId as RequestedService["serviceId"],
        accessLevel: service.accessLevel,
        connectedAccountId: service.connectedAccount.id,
        optional: service.optional,
        status: service.status,
      })),
    );
    if (getValues("sendEmailUpdate") && !invite.client.email) {
      problems.sendEmailUpdate = NO_EMAIL_FOR_UPDATE_MESSAGE;
    }
    for (const [field, message] of Object.entries(problems)) {
      setError(field as FieldPath<EditInviteInput>, { message });
    }
    return Object.keys(problems).length > 0;
  };

  const save = handleSubmit(async (input) => {
    setFormError(null);
    if (domainProblems()) return;
    try {
      await call(editInviteCallable, input);
      toast.show("Invite updated", {
        description: input.sendEmailUpdate
          ? `${invite.client.name} was emailed the new list.`
          : invite.client.name,
        tone: "success",
      });
      onDone();
    } catch (error) {
      // The email is what was refused: say so beside its checkbox, so the changes can still be saved.
      if (input.sendEmailUpdate && mailLimitOf(error) && error instanceof Error) {
        setError("sendEmailUpdate", {
          message: `${error.message} Untick "Send email update" to save the changes now.`,
        });
        return;
      }
      setFormError(applyServerErrors(error, setError));
    }
  }, domainProblems);

  if (accounts.status === "loading") return <p className="muted">Loading your accounts…</p>;

  return (
    <form onSubmit={save} noValidate className="stack edit-invite-form">
      <FormError>{formError}</FormError>
      {awaiting.length > 0 && (
        <p className="notice warning" role="status">
          {`${invite.client.name} can't grant ${awaiting.join(", ")}: the receiving account was removed from Connected accounts. Choose another account below, or connect one.`}
        </p>
      )}
      <ServiceChoices
        value={services}
        clientType={invite.client.type}
        accounts={accountRows}
        accountSnapshots={snapshots}
        errors={serviceChoiceErrors(services, errors.services)}
        listError={serviceListError(errors.services)}
        onChange={(next) => {
          setValue("services", next);
          clearErrors("services");
        }}
        note={(serviceId) => {
          const before = stored.get(serviceId);
          if (!before) return <Badge tone="info">New</Badge>;
          return (
            <p className="small">
              <Badge tone={STATUS_TONES[before.status]}>{STATUS_LABELS[before.status]}</Badge>
              {before.status === "granted" &&
                " Changing the level or account sends it back to pending: the client grants it again."}
            </p>
          );
        }}
      />
      <div className="notice small">
        <strong>Thank you message and redirect</strong>: set when the invite was created and cannot
        be changed.{" "}
        {invite.redirectUrl
          ? `Redirect: ${invite.redirectUrl}`
          : invite.thankYouMessage
            ? `Message: “${invite.thankYouMessage}”`
            : "This invite shows the standard thank you page."}
      </div>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            aria-invalid={errors.sendEmailUpdate ? true : undefined}
            aria-describedby={`${sendUpdateId}-hint${errors.sendEmailUpdate ? ` ${sendUpdateId}-error` : ""}`}
            {...register("sendEmailUpdate")}
          />
          Send email update
        </label>
        <p id={`${sendUpdateId}-hint`} className="field-hint">
          {invite.client.email
            ? `Emails ${invite.client.email} the current list of services.`
            : "This client has no email address."}
        </p>
        {errors.sendEmailUpdate && (
          <p id={`${sendUpdateId}-error`} className="field-error" role="alert">
            {errors.sendEmailUpdate.message}
          </p>
        )}
      </div>
      <div className="dialog-footer">
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" busy={isSubmitting}>
          Save
        </Button>
      </div>
    </form>
  );
}
