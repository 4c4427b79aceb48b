import { type RefObject, useState } from "react";
import { Link } from "react-router";
import { Button } from "../../../components/button";
import { TextField } from "../../../components/form-field";

export interface CreatedInvite {
  inviteId: string;
  url: string;
  clientName: string;
  /** The address the invite was emailed to, or null when no email was sent. */
  emailedTo: string | null;
}

/** The success screen: the invite URL to copy and send by hand, and where to go next. */
export function CreateInviteSuccess({
  invite,
  headingRef,
  onCreateAnother,
}: {
  invite: CreatedInvite;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onCreateAnother: () => void;
}) {
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };

  return (
    <section className="card stack invite-success" aria-labelledby="invite-success-heading">
      <h2 id="invite-success-heading" ref={headingRef} tabIndex={-1}>
        {invite.emailedTo ? "Invite sent" : "Invite created"}
      </h2>
      <p>
        {invite.emailedTo
          ? `We emailed ${invite.clientName} at ${invite.emailedTo}. You can also copy the link and send it yourself.`
          : `No email was sent. Copy the link and send it to ${invite.clientName} yourself.`}
      </p>
      <div className="copy-row">
        <TextField
          label="Invite URL"
          value={invite.url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copyLink()}>
          {copy === "copied" ? "Copied" : "Copy link"}
        </Button>
      </div>
      <p role="status" className={copy === "failed" ? "field-error" : "visually-hidden"}>
        {copy === "copied" && "Link copied to the clipboard."}
        {copy === "failed" && "The link could not be copied. Select it and copy it yourself."}
      </p>
      <div className="form-actions form-actions-start">
        <Link to="/dashboard" className="btn btn-primary">
          Go to the Dashboard
        </Link>
        <Button variant="secondary" onClick={onCreateAnother}>
          Create another invite
        </Button>
      </div>
    </section>
  );
}
