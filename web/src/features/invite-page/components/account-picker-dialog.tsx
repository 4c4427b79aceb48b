import {
  type AccessPageModel,
  type CompleteConnectionResult,
  fillTemplate,
} from "@portico/domain/access-page-model";
import { useState } from "react";
import { ModalDialog } from "./modal-dialog";
import { primaryStyle } from "./service-card";

/** After signing in with the platform: which of the client's accounts the agency gets. */
export function AccountPickerDialog({
  connection,
  page,
  busy,
  error,
  onGrant,
  onClose,
}: {
  connection: CompleteConnectionResult;
  page: Pick<AccessPageModel, "agency" | "texts" | "templates" | "services">;
  busy: boolean;
  error: string | null;
  onGrant: (accountId: string) => void;
  onClose: () => void;
}) {
  const { texts, templates } = page;
  const service = page.services.find((candidate) => candidate.serviceId === connection.serviceId);
  const values = { service: service?.name ?? "", level: service?.levelLabel ?? "" };
  const { accounts } = connection;
  const [accountId, setAccountId] = useState(accounts.length === 1 ? (accounts[0]?.id ?? "") : "");
  return (
    <ModalDialog titleId="picker-title" descriptionId="picker-body" onClose={onClose}>
      <form
        className="access-dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && accountId) onGrant(accountId);
        }}
      >
        <h2 id="picker-title" className="access-dialog-title">
          {fillTemplate(templates.chooseAccountTitle, values)}
        </h2>
        {accounts.length === 0 ? (
          <p id="picker-body">{fillTemplate(templates.noAccounts, values)}</p>
        ) : (
          <>
            <p id="picker-body">{fillTemplate(templates.chooseAccountBody, values)}</p>
            <fieldset className="access-account-list">
              <legend className="visually-hidden">
                {fillTemplate(templates.chooseAccountTitle, values)}
              </legend>
              {accounts.map((account) => (
                <label key={account.id} className="access-account">
                  <input
                    type="radio"
                    className="access-account-radio"
                    name="account"
                    value={account.id}
                    required
                    checked={accountId === account.id}
                    onChange={() => setAccountId(account.id)}
                  />
                  <span>
                    <span className="access-account-name">{account.name}</span>
                    {account.detail && (
                      <span className="access-account-detail">{account.detail}</span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
          </>
        )}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="access-dialog-actions">
          {accounts.length > 0 && (
            <button
              type="submit"
              className="btn access-page-primary"
              style={primaryStyle(page.agency)}
              aria-disabled={busy || undefined}
            >
              {busy ? texts.connecting : texts.grantAccess}
            </button>
          )}
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {texts.cancel}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
