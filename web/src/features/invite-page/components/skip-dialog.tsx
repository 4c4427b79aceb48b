import {
  type AccessPageModel,
  type AccessPageServiceModel,
  fillTemplate,
  MAX_SKIP_REASON_LENGTH,
} from "@portico/domain/access-page-model";
import { useState } from "react";
import { ModalDialog } from "./modal-dialog";
import { primaryStyle } from "./service-card";

/**
 * The domain's limit, typed by it (the page cannot import access-page.ts, which
 * brings zod): a different number there fails the type-check here.
 */

/** Skip a service, with an optional reason the agency sees. */
export function SkipDialog({
  service,
  page,
  busy,
  error,
  onSkip,
  onClose,
}: {
  service: AccessPageServiceModel;
  page: Pick<AccessPageModel, "agency" | "texts" | "templates">;
  busy: boolean;
  error: string | null;
  onSkip: (reason: string) => void;
  onClose: () => void;
}) {
  const { texts } = page;
  const [reason, setReason] = useState("");
  return (
    <ModalDialog titleId="skip-title" onClose={onClose}>
      <form
        className="access-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSkip(reason);
        }}
      >
        <h2 id="skip-title" className="access-dialog-title">
          {fillTemplate(page.templates.skipTitle, { service: service.name })}
        </h2>
        <div className="field">
          <label htmlFor="skip-reason" className="field-label">
            {texts.skipReason}
          </label>
          <p id="skip-reason-hint" className="field-hint">
            {texts.skipReasonHint}
          </p>
          <textarea
            id="skip-reason"
            className="input"
            rows={3}
            maxLength={MAX_SKIP_REASON_LENGTH}
            value={reason}
            aria-describedby="skip-reason-hint"
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="access-dialog-actions">
          <button
            type="submit"
            className="btn access-page-primary"
            style={primaryStyle(page.agency)}
            aria-disabled={busy || undefined}
          >
            {texts.skipConfirm}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
