import type { RevealedToken } from "@portico/domain/callables/invites";
import { getPlatform, isPlatformId } from "@portico/domain/catalogue/platforms";
import { formatDateTime } from "@portico/domain/format";
import type { StoredInviteService } from "@portico/domain/invites";
import { useId, useState } from "react";
import { Button } from "../../../components/button";
import { Dialog, DialogClose } from "../../../components/dialog";
import { FormError } from "../../../components/form-field";
import { type InviteRow, revealRetainedToken } from "../../../data/invites-repository";
import { serviceName } from "./invite-status";

type TokenService = StoredInviteService & {
  tokenAccess: NonNullable<StoredInviteService["tokenAccess"]>;
};

/** The invite's services whose sign-in tokens were retained. */
export function tokenServices(invite: InviteRow): TokenService[] {
  return invite.services.filter((service): service is TokenService => service.tokenAccess !== null);
}

const platformName = (id: string) => (isPlatformId(id) ? getPlatform(id).name : id);

function expiryText(expiresAt: Date | null): string {
  if (!expiresAt) return "No expiry given";
  const when = formatDateTime(expiresAt);
  return expiresAt.getTime() < Date.now() ? `Expired ${when}` : when;
}

/**
 * Token access (owners and admins): what was retained for each service, and
 * Reveal token, which the server records (on the token and in the activity
 * feed) before it answers with the secret.
 */
export function TokenAccessDialog({
  invite,
  open,
  onOpenChange,
}: {
  invite: InviteRow;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const services = tokenServices(invite);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Token access"
      description={`Sign-in tokens kept, encrypted, from ${invite.client.name}'s grants. Each reveal is recorded with your name.`}
      footer={
        <DialogClose asChild>
          <Button variant="secondary">Close</Button>
        </DialogClose>
      }
    >
      <div className="stack">
        {services.map((service) => (
          <RetainedToken key={service.serviceId} invite={invite} service={service} />
        ))}
      </div>
    </Dialog>
  );
}

function RetainedToken({ invite, service }: { invite: InviteRow; service: TokenService }) {
  const headingId = useId();
  const [revealed, setRevealed] = useState<RevealedToken | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = serviceName(service.serviceId);
  const { tokenAccess } = service;

  const reveal = async () => {
    setError(null);
    setRevealing(true);
    try {
      setRevealed(await revealRetainedToken({ inviteId: invite.id, serviceId: service.serviceId }));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Couldn't reveal the token.");
    } finally {
      setRevealing(false);
    }
  };

  return (
    <section className="token-access" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <dl className="details">
        <dt>Platform</dt>
        <dd>{platformName(tokenAccess.platform)}</dd>
        {service.grantedAccount && (
          <>
            <dt>Client's account</dt>
            <dd>{service.grantedAccount.name}</dd>
          </>
        )}
        <dt>Scopes</dt>
        <dd>
          {tokenAccess.scopes.length > 0 ? (
            <ul className="plain-list">
              {tokenAccess.scopes.map((scope) => (
                <li key={scope}>
                  <code>{scope}</code>
                </li>
              ))}
            </ul>
          ) : (
            "None listed"
          )}
        </dd>
        <dt>Expires</dt>
        <dd>{expiryText(tokenAccess.expiresAt)}</dd>
        <dt>Retained</dt>
        <dd>{formatDateTime(tokenAccess.retainedAt)}</dd>
      </dl>
      <FormError>{error}</FormError>
      {revealed ? (
        <div className="stack-sm">
          <SecretField label={`${name} access token`} value={revealed.accessToken} />
          {revealed.refreshToken && (
            <SecretField label={`${name} refresh token`} value={revealed.refreshToken} />
          )}
          <p className="field-hint" role="status">
            Your reveal was recorded in the activity feed.
          </p>
        </div>
      ) : (
        <Button
          variant="secondary"
          className="btn-small"
          busy={revealing}
          onClick={() => void reveal()}
          aria-label={`Reveal token for ${name}`}
        >
          Reveal token
        </Button>
      )}
    </section>
  );
}

/** A revealed secret: read-only, monospace, with Copy. */
function SecretField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");
  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  };
  return (
    <div className="copy-row">
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <input
          id={id}
          className="input token-value"
          value={value}
          readOnly
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <Button variant="secondary" onClick={() => void copyValue()} aria-label={`Copy ${label}`}>
        {copy === "copied" ? "Copied" : "Copy"}
      </Button>
      {copy === "failed" && (
        <p className="field-error" role="alert">
          Couldn't copy. Select the token and copy it yourself.
        </p>
      )}
    </div>
  );
}
