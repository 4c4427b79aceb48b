import { CALLABLES } from "@portico/domain/config";
import {
  type IntakeForm,
  intakeFormSchema,
  MAX_OPTIONS,
  MAX_QUESTIONS,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
  questionSchema,
} from "@portico/domain/intake";
import { canManageAgency } from "@portico/domain/roles";
import { fieldErrorsOf } from "@portico/domain/validation";
import { useEffect, useState } from "react";
import {
  type Control,
  type FieldErrors,
  type Resolver,
  type UseFormRegister,
  useFieldArray,
  useForm,
} from "react-hook-form";
import { Button } from "../../../components/button";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { CallableError, callFunction } from "../../../lib/callable";
import { useAgencySession } from "../../auth/api/session";
import { IntakeFormPreview } from "../../intake/components/intake-form-preview";
import { useIntakeForm } from "../api/settings-repository";

/** The editor's shape: options as objects, because form arrays hold objects. */
interface EditorQuestion {
  id: string;
  type: QuestionType;
  label: string;
  helpText: string;
  required: boolean;
  options: { value: string }[];
}
interface EditorForm {
  enabled: boolean;
  questions: EditorQuestion[];
}

const toEditor = (form: IntakeForm): EditorForm => ({
  enabled: form.enabled,
  questions: form.questions.map((q) => ({ ...q, options: q.options.map((value) => ({ value })) })),
});
const fromEditor = (form: EditorForm) => ({
  enabled: form.enabled,
  questions: form.questions.map((q) => ({
    ...q,
    options: q.options.map((option) => option.value),
  })),
});
/** "questions.0.options.1" (domain) is "questions.0.options.1.value" in the editor. */
const editorPath = (path: string) =>
  /^questions\.\d+\.options\.\d+$/.test(path) ? `${path}.value` : path;
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
const editorResolver: Resolver<EditorForm> = async (values) => {
  const parsed = intakeFormSchema.safeParse(fromEditor(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
    setAtPath(errors, editorPath(path), { type: "validate", message });
  }
  return { values: {}, errors: errors as FieldErrors<EditorForm> };
};

const isChoice = (type: QuestionType) => type === "single_choice" || type === "multiple_choice";
const newId = () => Math.random().toString(36).slice(2, 10);

function QuestionEditor({
  index,
  count,
  control,
  register,
  errors,
  type,
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
  readOnly: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const options = useFieldArray({ control, name: `questions.${index}.options` });
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
                onClick={() => options.remove(optionIndex)}
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
              onClick={() => options.append({ value: "" })}
            >
              Add option
            </Button>
          </div>
        </div>
      )}
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

  const previewQuestions = (values.questions ?? [])
    .map((question) =>
      questionSchema.safeParse({ ...question, options: question.options.map((o) => o.value) }),
    )
    .filter((result) => result.success)
    .map((result) => result.data as Question);

  const showErrors = (fields: Record<string, string>) => {
    for (const [path, message] of Object.entries(fields)) {
      setError(editorPath(path) as `questions.${number}.label`, { message });
    }
  };

  const submit = handleSubmit(async (editor) => {
    setFormError(null);
    try {
      await callFunction(CALLABLES.updateIntakeForm, fromEditor(editor));
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
        <IntakeFormPreview questions={previewQuestions} />
      </section>
    </div>
  );
}
