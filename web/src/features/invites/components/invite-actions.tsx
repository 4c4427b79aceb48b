import { formatDateTime } from "@portico/domain/format";
import { MAX_CC, nextReminderAt } from "@portico/domain/invites";
import { useState } from "react";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { FormError, TextField } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import {
  addCc,
  getInviteLink,
  type InviteRow,
  sendReminder,
} from "../../../data/invites-repository";
import { CallableError } from "../../../lib/callable";
import { useRerenderAt } from "../../../lib/use-now";

/**
 * Send Reminder, disabled inside the agency's cooldown with the time a
 * reminder is allowed again. Follows the invite live, so a reminder sent from
 * another board disables it here too, and it re-enables itself when the
 * cooldown ends.
 */
export function SendReminderButton({
  invite,
  cooldownHours,
}: {
  invite: InviteRow;
  cooldownHours: number;
}) {
  const toast = useToast();
  const [sending, setSending] = useState(false);
  const next = nextReminderAt(invite.reminders.lastSentAt, cooldownHours);
  useRerenderAt(next);
  const waiting = next !== null && next.getTime() > Date.now();
  if (invite.status === "complete") return null;

  const send = async () => {
    setSending(true);
    try {
      await sendReminder(invite.id);
      toast.show(`Reminder sent to ${invite.client.name}`, { tone: "success" });
    } catch (error) {
      const message = error instanceof Error ? error.message : "Couldn't send the reminder.";
      toast.show("Reminder not sent", { description: message, tone: "error" });
    } finally {
      setSending(false);
    }
  };

  return (
    <Button
      variant="secondary"
      className="btn-small"
      busy={sending}
      disabled={waiting}
      onClick={() => void send()}
      aria-label={
        waiting && next
          ? `Send Reminder to ${invite.client.name}: next reminder ${formatDateTime(next)}`
          : `Send Reminder to ${invite.client.name}`
      }
    >
      {waiting && next ? `Next reminder ${formatDateTime(next)}` : "Send Reminder"}
    </Button>
  );
}

/** Copies the invite's link (the same link as in the email) to the clipboard. */
export async function copyInviteLink(inviteId: string): Promise<string> {
  const { url } = await getInviteLink(inviteId);
  await navigator.clipboard.writeText(url);
  return url;
}

/** Add CC: another person receives the invite email (never the client's own address). */
export function AddCcDialog({
  invite,
  open,
  onOpenChange,
}: {
  invite: InviteRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const toast = useToast();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const full = invite.cc.length >= MAX_CC;

  const submit = async () => {
    setError(undefined);
    setFormError(undefined);
    setSaving(true);
    try {
      const added = await addCc({ inviteId: invite.id, email });
      toast.show(`Invite sent to ${added.email}`, { tone: "success" });
      setEmail("");
      onOpenChange(false);
    } catch (caught) {
      if (caught instanceof CallableError && caught.fields.email) setError(caught.fields.email);
      else setFormError(caught instanceof Error ? caught.message : "Couldn't add the address.");
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setError(undefined);
          setFormError(undefined);
        }
        onOpenChange(next);
      }}
      title="Add CC"
      description={`Someone else at ${invite.client.name} receives the invite email too, with the same link.`}
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button type="submit" form="add-cc-form" busy={saving} disabled={full}>
            Add CC
          </Button>
        </>
      }
    >
      <form
        id="add-cc-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="stack"
      >
        <FormError>{formError}</FormError>
        <TextField
          label="Email address"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={error}
          hint={
            full
              ? `This invite already has ${MAX_CC} CC recipients, the most it can have.`
              : `Up to ${MAX_CC} people per invite.`
          }
        />
        {invite.cc.length > 0 && (
          <div>
            <p className="field-label">Already in CC</p>
            <ul className="plain-list">
              {invite.cc.map((address) => (
                <li key={address}>{address}</li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </Dialog>
  );
}
