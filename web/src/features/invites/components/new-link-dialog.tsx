import { possessive } from "@portico/domain/activity";
import { useState } from "react";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { FormError, TextField } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { type InviteRow, rotateInviteLink } from "../../../data/invites-repository";

/**
 * New link: asks first (the current link dies at once, also in emails already
 * sent), then shows the new link with a Copy button.
 */
export function NewLinkDialog({
  invite,
  open,
  onOpenChange,
}: {
  invite: InviteRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [url, setUrl] = useState<string | null>(null);

  const rotate = async () => {
    setError(undefined);
    setBusy(true);
    try {
      setUrl((await rotateInviteLink(invite.id)).url);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Couldn't make a new link.");
    } finally {
      setBusy(false);
    }
  };

  const copy = async (link: string) => {
    try {
      await navigator.clipboard.writeText(link);
      toast.show("Link copied", {
        description: `Paste it to ${invite.client.name} wherever you talk.`,
        tone: "success",
      });
    } catch {
      toast.show("Couldn't copy the link", {
        description: "Select the link and copy it yourself.",
        tone: "error",
      });
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setError(undefined);
          setUrl(null);
        }
        onOpenChange(next);
      }}
      title={url ? "New link ready" : "Make a new link?"}
      description={
        url
          ? `The old link no longer works. Send this one to ${invite.client.name}; emails from now on carry it too.`
          : `The current link to ${possessive(invite.client.name)} invite stops working at once, also in emails already sent. Anyone who still needs it gets the new link from you.`
      }
      footer={
        url ? (
          <>
            <DialogClose asChild>
              <Button variant="secondary">Done</Button>
            </DialogClose>
            <Button onClick={() => void copy(url)}>Copy link</Button>
          </>
        ) : (
          <>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button busy={busy} onClick={() => void rotate()}>
              Make new link
            </Button>
          </>
        )
      }
    >
      <FormError>{error}</FormError>
      {url && (
        <TextField
          label="New link"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </Dialog>
  );
}
