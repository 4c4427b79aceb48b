import { type AfterGrantChoice, MAX_THANK_YOU_LENGTH } from "@portico/domain/invites";
import { useId } from "react";
import { TextField } from "../../../components/form-field";
import type { CreateInviteForm } from "./create-invite-form";

/**
 * What the client sees after granting access: Portico's own closing page, a
 * thank you message, or a redirect to the agency's site (one or the other).
 * Both are fixed once the invite is sent. The choice lives in the wizard, so
 * it survives moving between steps and is checked on Next and Send.
 */
export function CreateInviteAfterStep({
  form,
  after,
  onAfterChange,
}: {
  form: CreateInviteForm;
  after: AfterGrantChoice;
  onAfterChange: (next: AfterGrantChoice) => void;
}) {
  const {
    register,
    setValue,
    clearErrors,
    watch,
    formState: { errors },
  } = form;
  const messageId = useId();
  const message = watch("thankYouMessage") ?? "";

  const choose = (next: AfterGrantChoice) => {
    onAfterChange(next);
    // Only the chosen one is sent; the other is emptied.
    if (next !== "message") setValue("thankYouMessage", "");
    if (next !== "redirect") setValue("redirectUrl", "");
    clearErrors(["thankYouMessage", "redirectUrl"]);
  };

  const options: { value: AfterGrantChoice; label: string }[] = [
    { value: "standard", label: "Nothing extra: show the standard thank you page" },
    { value: "message", label: "A thank you message" },
    { value: "redirect", label: "A redirect to a web address" },
  ];

  return (
    <div className="stack">
      <p className="muted">
        Add a thank you message or redirect when the client needs a next step after granting access.
        It cannot be changed after the invite is sent.
      </p>
      <fieldset className="radio-group">
        <legend className="field-label">After the client is done</legend>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="after-grant"
              value={option.value}
              checked={after === option.value}
              onChange={() => choose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {after === "message" && (
        <div className="field">
          <label htmlFor={messageId} className="field-label">
            Thank you message
          </label>
          <p id={`${messageId}-hint`} className="field-hint">
            {message.length} / {MAX_THANK_YOU_LENGTH} characters. Shown in place of the standard
            page.
          </p>
          <textarea
            id={messageId}
            className="input"
            rows={4}
            aria-invalid={errors.thankYouMessage ? true : undefined}
            aria-describedby={[`${messageId}-hint`, errors.thankYouMessage && `${messageId}-error`]
              .filter(Boolean)
              .join(" ")}
            {...register("thankYouMessage")}
          />
          {errors.thankYouMessage && (
            <p id={`${messageId}-error`} className="field-error" role="alert">
              {errors.thankYouMessage.message}
            </p>
          )}
        </div>
      )}
      {after === "redirect" && (
        <TextField
          label="Redirect URL"
          type="url"
          inputMode="url"
          placeholder="https://youragency.com/welcome"
          hint="The client goes here once they are done."
          error={errors.redirectUrl?.message}
          {...register("redirectUrl")}
        />
      )}
    </div>
  );
}
