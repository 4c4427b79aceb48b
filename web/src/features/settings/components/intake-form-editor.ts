import { LOCALES, type Locale } from "@portico/domain/i18n/locales";
import {
  type IntakeForm,
  intakeFormSchema,
  type QuestionInput,
  type QuestionType,
} from "@portico/domain/intake";
import { fieldErrorsOf } from "@portico/domain/validation";
import type { FieldErrors, Resolver } from "react-hook-form";

/** A question's words in one more language, as the editor holds them. */
export interface EditorTranslation {
  label: string;
  helpText: string;
  /** One per option of the question, by position; empty falls back to the option. */
  options: { value: string }[];
}

/** The editor's shape: options as objects, because form arrays hold objects. */
export interface EditorQuestion {
  id: string;
  type: QuestionType;
  label: string;
  helpText: string;
  required: boolean;
  options: { value: string }[];
  /** Every language, so fields never appear uncontrolled; empty ones are not saved. */
  translations: Record<Locale, EditorTranslation>;
}
export interface EditorForm {
  enabled: boolean;
  questions: EditorQuestion[];
}

export function emptyTranslations(optionCount: number): Record<Locale, EditorTranslation> {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale,
      {
        label: "",
        helpText: "",
        options: Array.from({ length: optionCount }, () => ({ value: "" })),
      },
    ]),
  ) as Record<Locale, EditorTranslation>;
}

export const toEditor = (form: IntakeForm): EditorForm => ({
  enabled: form.enabled,
  questions: form.questions.map((question) => ({
    ...question,
    options: question.options.map((value) => ({ value })),
    translations: Object.fromEntries(
      LOCALES.map((locale) => {
        const translation = question.translations[locale];
        return [
          locale,
          {
            label: translation?.label ?? "",
            helpText: translation?.helpText ?? "",
            options: question.options.map((_, index) => ({
              value: translation?.options[index] ?? "",
            })),
          },
        ];
      }),
    ) as Record<Locale, EditorTranslation>,
  })),
});

/** One editor question in the domain's shape: languages with no words left out. */
export function questionFromEditor(question: EditorQuestion): QuestionInput {
  const translations: NonNullable<QuestionInput["translations"]> = {};
  for (const locale of LOCALES) {
    const translation = question.translations?.[locale];
    if (!translation) continue;
    const options = translation.options
      .slice(0, question.options.length)
      .map((option) => option.value);
    // Trailing empty options add nothing: each falls back to its option anyway.
    while (options.length > 0 && !options[options.length - 1]?.trim()) options.pop();
    if (translation.label.trim() || translation.helpText.trim() || options.length > 0) {
      translations[locale] = { label: translation.label, helpText: translation.helpText, options };
    }
  }
  return {
    ...question,
    options: question.options.map((option) => option.value),
    translations,
  };
}

export const fromEditor = (form: EditorForm) => ({
  enabled: form.enabled,
  questions: form.questions.map(questionFromEditor),
});

/** "questions.0.options.1" (domain) is "questions.0.options.1.value" in the editor; so are translated options. */
export const editorPath = (path: string) =>
  /^questions\.\d+(\.translations\.\w+)?\.options\.\d+$/.test(path) ? `${path}.value` : path;

/** Sets `value` at a dotted path, creating arrays for numeric segments. */
function setAtPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split(".");
  let node: Record<string, unknown> = target;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = value;
      return;
    }
    node[key] ??= /^\d+$/.test(keys[index + 1] ?? "") ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
}

/** Validates the editor with the shared intake form schema, errors placed on the editor's fields. */
export const editorResolver: Resolver<EditorForm> = async (values) => {
  const parsed = intakeFormSchema.safeParse(fromEditor(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
    setAtPath(errors, editorPath(path), { type: "validate", message });
  }
  return { values: {}, errors: errors as FieldErrors<EditorForm> };
};
