import { updateIntakeFormCallable } from "@portico/domain/callables/settings";
// One thing, just over 300 lines: the intake form builder with its per-language texts and preview.
import { DEFAULT_LOCALE, LOCALE_LABELS, LOCALES, type Locale } from "@portico/domain/i18n/locales";
import { resources } from "@portico/domain/i18n/translator";
import {
  localizeQuestion,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type QuestionType,
  questionSchema,
} from "@portico/domain/intake";
import { canManageAgency } from "@portico/domain/roles";
import { useEffect, useState } from "react";
import {
  type Control,
  type FieldErrors,
  type UseFormRegister,
  useFieldArray,
  useForm,
} from "react-hook-form";
import { Button } from "../../../components/button";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { IntakeFormPreview } from "../../../components/intake-form-preview";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { useGeneralSettings, useIntakeForm } from "../../../data/settings-repository";
import { CallableError, call } from "../../../lib/callable";
import { useAgencySession } from "../../../lib/session";
import {
  type EditorForm,
  editorPath,
  editorResolver,
  emptyTranslations,
  fromEditor,
  questionFromEditor,
  toEditor,
} from "./intake-form-editor";
import { IntakeQuestionTranslations } from "./intake-question-translations";

const isChoice = (type: QuestionType) => type === "single_choice" || type === "multiple_choice";
const newId = () => Math.random().toString(36).slice(2, 10);

function QuestionEditor({
  index,
  count,
  control,
  register,
  errors,
  type,
  optionValues,
  defaultLocale,
  readOnly,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  control: Control<EditorForm>;
  register: UseFormRegister<EditorForm>;
  errors: FieldErrors<EditorForm>;
  type: QuestionType;
  /** The options as typed, for the translations' placeholders. */
  optionValues: string[];
  defaultLocale: Locale;
  readOnly: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const options = useFieldArray({ control, name: `questions.${index}.options` });
  // Translated options follow the options by position: added and removed with them.
  const translated = {
    en: useFieldArray({ control, name: `questions.${index}.translations.en.options` }),
    es: useFieldArray({ control, name: `questions.${index}.translations.es.options` }),
    nl: useFieldArray({ control, name: `questions.${index}.translations.nl.options` }),
  } satisfies Record<Locale, unknown>;
  const addOption = () => {
    options.append({ value: "" });
    for (const locale of LOCALES) translated[locale].append({ value: "" });
  };
  const removeOption = (optionIndex: number) => {
    options.remove(optionIndex);
    for (const locale of LOCALES) translated[locale].remove(optionIndex);
  };
  const questionErrors = errors.questions?.[index];
  const optionsError = questionErrors?.options?.message ?? questionErrors?.options?.root?.message;
  const number = index + 1;
  return (
    <fieldset className="question-card" disabled={readOnly}>
      <legend className="question-number">Question {number}</legend>
      <div className="form-row">
        <TextField
          label="Question"
          error={questionErrors?.label?.message}
          {...register(`questions.${index}.label`)}
        />
        <SelectField
          label="Type"
          options={QUESTION_TYPES.map((value) => ({ value, label: QUESTION_TYPE_LABELS[value] }))}
          {...register(`questions.${index}.type`)}
        />
      </div>
      <TextField
        label="Help text (optional)"
        error={questionErrors?.helpText?.message}
        {...register(`questions.${index}.helpText`)}
      />
      {isChoice(type) && (
        <div className="stack-sm">
          <span className="field-label">Options</span>
          {options.fields.map((option, optionIndex) => (
            <div key={option.id} className="option-row">
              <TextField
                label={`Option ${optionIndex + 1}`}
                error={questionErrors?.options?.[optionIndex]?.value?.message}
                {...register(`questions.${index}.options.${optionIndex}.value`)}
              />
              <Button
                variant="ghost"
                aria-label={`Remove option ${optionIndex + 1} of question ${number}`}
                onClick={() => removeOption(optionIndex)}
              >
                Remove
              </Button>
            </div>
          ))}
          {optionsError && (
            <p className="field-error" role="alert">
              {optionsError}
            </p>
          )}
          <div>
            <Button
              variant="secondary"
              disabled={options.fields.length >= MAX_OPTIONS}
              onClick={addOption}
            >
              Add option
            </Button>
          </div>
        </div>
      )}
      <IntakeQuestionTranslations
        index={index}
        defaultLocale={defaultLocale}
        options={isChoice(type) ? optionValues : []}
        register={register}
        errors={errors}
      />
      <div className="question-actions">
        <label className="choice">
          <input type="checkbox" {...register(`questions.${index}.required`)} /> Required
        </label>
        <span className="row-actions">
          <Button
            variant="ghost"
            disabled={index === 0}
            aria-label={`Move question ${number} up`}
            onClick={() => onMove(index - 1)}
          >
            ↑ Up
          </Button>
          <Button
            variant="ghost"
            disabled={index === count - 1}
            aria-label={`Move question ${number} down`}
            onClick={() => onMove(index + 1)}
          >
            ↓ Down
          </Button>
          <Button variant="ghost" aria-label={`Remove question ${number}`} onClick={onRemove}>
            Remove
          </Button>
        </span>
      </div>
    </fieldset>
  );
}

export function IntakeFormPage() {
  const { agency } = useAgencySession();
  const { form } = useIntakeForm(agency.agencyId);
  const { settings } = useGeneralSettings(agency.agencyId);
  const defaultLocale = settings?.defaultLocale ?? DEFAULT_LOCALE;
  const [previewLocale, setPreviewLocale] = useState<Locale | null>(null);
  const readOnly = !canManageAgency(agency.role);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    watch,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<EditorForm>({
    resolver: editorResolver,
    defaultValues: { enabled: false, questions: [] },
  });
  const questions = useFieldArray({ control, name: "questions" });

  useEffect(() => {
    if (form) reset(toEditor(form));
  }, [form, reset]);

  const values = watch();
  if (!form) return <LoadingScreen label="Loading intake form" />;

  const shownLocale = previewLocale ?? defaultLocale;
  const previewQuestions = (values.questions ?? [])
    .map((question) => questionSchema.safeParse(questionFromEditor(question)))
    .flatMap((result) => (result.success ? [localizeQuestion(result.data, shownLocale)] : []));

  const showErrors = (fields: Record<string, string>) => {
    for (const [path, message] of Object.entries(fields)) {
      setError(editorPath(path) as `questions.${number}.label`, { message });
    }
  };

  const submit = handleSubmit(async (editor) => {
    setFormError(null);
    try {
      await call(updateIntakeFormCallable, fromEditor(editor));
      toast.show("Intake form saved", { tone: "success" });
    } catch (error) {
      if (error instanceof CallableError && Object.keys(error.fields).length > 0)
        showErrors(error.fields);
      else setFormError(error instanceof Error ? error.message : "Couldn't save the form.");
    }
  });

  return (
    <div className="branding-grid">
      <section className="card" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake form</h2>
        <p className="muted">
          Questions clients answer while granting access. When the form is enabled and has
          questions, invites show an Intake Form toggle.
        </p>
        <form onSubmit={submit} noValidate className="stack">
          <FormError>{formError}</FormError>
          <label className="choice">
            <input type="checkbox" disabled={readOnly} {...register("enabled")} /> Intake form
            enabled
          </label>
          {questions.fields.map((field, index) => (
            <QuestionEditor
              key={field.id}
              index={index}
              count={questions.fields.length}
              control={control}
              register={register}
              errors={errors}
              type={values.questions?.[index]?.type ?? field.type}
              optionValues={(values.questions?.[index]?.options ?? []).map((o) => o.value)}
              defaultLocale={defaultLocale}
              readOnly={readOnly}
              onMove={(to) => questions.move(index, to)}
              onRemove={() => questions.remove(index)}
            />
          ))}
          {!readOnly && (
            <div className="form-actions form-actions-start">
              <Button
                variant="secondary"
                disabled={questions.fields.length >= MAX_QUESTIONS}
                onClick={() =>
                  questions.append({
                    id: newId(),
                    type: "short_text",
                    label: "",
                    helpText: "",
                    required: false,
                    options: [],
                    translations: emptyTranslations(0),
                  })
                }
              >
                Add question
              </Button>
              <Button type="submit" busy={isSubmitting} disabled={!isDirty}>
                Save intake form
              </Button>
            </div>
          )}
          {readOnly && <p className="muted">Only owners and admins can change the intake form.</p>}
        </form>
      </section>
      <section className="card" aria-labelledby="intake-preview-heading">
        <h2 id="intake-preview-heading">Preview</h2>
        <p className="muted">As the client will see it.</p>
        <SelectField
          label="Preview in"
          value={shownLocale}
          options={LOCALES.map((value) => ({ value, label: LOCALE_LABELS[value] }))}
          onChange={(event) => setPreviewLocale(event.target.value as Locale)}
        />
        <div lang={shownLocale}>
          <IntakeFormPreview
            questions={previewQuestions}
            labels={resources[shownLocale].translation.accessPage}
          />
        </div>
      </section>
    </div>
  );
}
