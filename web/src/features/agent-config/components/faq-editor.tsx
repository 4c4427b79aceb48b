import { useId, useState } from "react";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import type { AgentStrings } from "../../../lib/portal-strings";

export interface FaqDraft {
  question: string;
  answer: string;
}

export interface DraftErrors {
  question?: string | undefined;
  answer?: string | undefined;
  form?: string | null | undefined;
}

/** The question and answer of one FAQ being added or edited; the page validates and saves. */
export function FaqEditor({
  t,
  initial,
  errors,
  busy,
  onSave,
  onCancel,
}: {
  t: AgentStrings;
  initial: FaqDraft;
  errors: DraftErrors;
  busy: boolean;
  onSave: (draft: FaqDraft) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const answerId = useId();
  const answerError = `${answerId}-error`;
  return (
    <form
      className="card stack faq-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <FormError>{errors.form}</FormError>
      <TextField
        label={t.faqs.question}
        value={draft.question}
        error={errors.question}
        maxLength={400}
        autoFocus
        onChange={(event) => setDraft({ ...draft, question: event.target.value })}
      />
      <div className="field">
        <label htmlFor={answerId} className="field-label">
          {t.faqs.answer}
        </label>
        <textarea
          id={answerId}
          className="input"
          rows={4}
          value={draft.answer}
          aria-invalid={errors.answer ? true : undefined}
          aria-describedby={errors.answer ? answerError : undefined}
          onChange={(event) => setDraft({ ...draft, answer: event.target.value })}
        />
        {errors.answer && (
          <p id={answerError} className="field-error" role="alert">
            {errors.answer}
          </p>
        )}
      </div>
      <div className="form-actions">
        <Button variant="secondary" onClick={onCancel}>
          {t.faqs.cancel}
        </Button>
        <Button type="submit" busy={busy}>
          {t.faqs.save}
        </Button>
      </div>
    </form>
  );
}
