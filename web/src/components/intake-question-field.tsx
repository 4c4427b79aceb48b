import type { Answer, QuestionView } from "@portico/domain/intake";
import { useId } from "react";

interface IntakeQuestionFieldProps {
  question: QuestionView;
  value: Answer;
  error?: string | undefined;
  onChange: (value: Answer) => void;
  /** Texts around the field, in the client's language. */
  labels?: { required: string; yes: string; no: string };
}

const ENGLISH = { required: "required", yes: "Yes", no: "No" };

/**
 * One intake question as the client answers it, for every question type.
 * Plain React with no Firebase, so the client's page can use it too.
 */
export function IntakeQuestionField({
  question,
  value,
  error,
  onChange,
  labels = ENGLISH,
}: IntakeQuestionFieldProps) {
  const id = useId();
  const helpId = question.helpText ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const title = (
    <>
      {question.label}
      {question.required && <span className="required-mark"> ({labels.required})</span>}
    </>
  );
  const help = question.helpText ? (
    <p id={helpId} className="field-hint">
      {question.helpText}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={errorId} className="field-error" role="alert">
      {error}
    </p>
  ) : null;

  if (
    question.type === "single_choice" ||
    question.type === "multiple_choice" ||
    question.type === "yes_no"
  ) {
    const multiple = question.type === "multiple_choice";
    const options =
      question.type === "yes_no"
        ? [
            { value: "yes", label: labels.yes },
            { value: "no", label: labels.no },
          ]
        : // The answer keeps the agency's option; the client reads it in their language.
          question.options.map((option, index) => ({
            value: option,
            label: question.optionLabels?.[index] || option,
          }));
    const selected = (option: string) =>
      question.type === "yes_no"
        ? (value === true && option === "yes") || (value === false && option === "no")
        : multiple
          ? Array.isArray(value) && value.includes(option)
          : value === option;
    const choose = (option: string, checked: boolean) => {
      if (question.type === "yes_no") onChange(option === "yes");
      else if (multiple) {
        const current = Array.isArray(value) ? value : [];
        onChange(checked ? [...current, option] : current.filter((item) => item !== option));
      } else onChange(option);
    };
    return (
      <fieldset
        className="field intake-choice"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      >
        <legend className="field-label">{title}</legend>
        {help}
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={id}
              value={option.value}
              checked={selected(option.value)}
              onChange={(event) => choose(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
        {errorText}
      </fieldset>
    );
  }

  const text = typeof value === "string" ? value : "";
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {title}
      </label>
      {help}
      {question.type === "long_text" ? (
        <textarea
          id={id}
          className="input"
          rows={4}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          className="input"
          type={question.type === "url" ? "url" : "text"}
          inputMode={question.type === "url" ? "url" : undefined}
          placeholder={question.type === "url" ? "https://" : undefined}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {errorText}
    </div>
  );
}
