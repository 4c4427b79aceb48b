import { LOCALE_LABELS, LOCALES, type Locale } from "@portico/domain/i18n/locales";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { TextField } from "../../../components/form-field";
import type { EditorForm } from "./intake-form-editor";

/**
 * A question's words in the agency's other languages. Clients read the
 * question in their own language where it is given here, and in the agency's
 * default language (the question's own words) where it is left empty.
 */
export function IntakeQuestionTranslations({
  index,
  defaultLocale,
  options,
  register,
  errors,
}: {
  index: number;
  defaultLocale: Locale;
  /** The question's options in the default language (empty for non-choice questions). */
  options: string[];
  register: UseFormRegister<EditorForm>;
  errors: FieldErrors<EditorForm>;
}) {
  const others = LOCALES.filter((locale) => locale !== defaultLocale);
  const questionErrors = errors.questions?.[index]?.translations;
  return (
    <details className="question-translations">
      <summary>In {others.map((locale) => LOCALE_LABELS[locale]).join(" and ")}</summary>
      <p className="muted small">
        Clients who read {others.map((locale) => LOCALE_LABELS[locale]).join(" or ")} see these
        words; anything left empty shows in {LOCALE_LABELS[defaultLocale]}, the default language.
      </p>
      {others.map((locale) => {
        const name = LOCALE_LABELS[locale];
        const localeErrors = questionErrors?.[locale];
        return (
          <fieldset key={locale} className="stack-sm" lang={locale}>
            <legend className="field-label">{name}</legend>
            <TextField
              label={`Question (${name})`}
              error={localeErrors?.label?.message}
              {...register(`questions.${index}.translations.${locale}.label`)}
            />
            <TextField
              label={`Help text (${name})`}
              error={localeErrors?.helpText?.message}
              {...register(`questions.${index}.translations.${locale}.helpText`)}
            />
            {options.map((option, optionIndex) => (
              <TextField
                // biome-ignore lint/suspicious/noArrayIndexKey: translated options follow the question's options by position
                key={optionIndex}
                label={`Option ${optionIndex + 1} (${name})`}
                placeholder={option}
                error={localeErrors?.options?.[optionIndex]?.value?.message}
                {...register(
                  `questions.${index}.translations.${locale}.options.${optionIndex}.value`,
                )}
              />
            ))}
          </fieldset>
        );
      })}
    </details>
  );
}
