import { z } from "zod";
import { LOCALES, type Locale } from "./i18n/locales";
import { normalizeWebAddress } from "./web-address";

/** Question types of the agency's intake form. */
export const QUESTION_TYPES = [
  "short_text",
  "long_text",
  "single_choice",
  "multiple_choice",
  "url",
  "yes_no",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  short_text: "Short text",
  long_text: "Long text",
  single_choice: "Single choice",
  multiple_choice: "Multiple choice",
  url: "URL",
  yes_no: "Yes / No",
};

export const MAX_QUESTIONS = 50;
export const MAX_OPTIONS = 20;
export const ANSWER_LIMITS = { short_text: 300, long_text: 5000 } as const;

const isChoice = (type: QuestionType) => type === "single_choice" || type === "multiple_choice";

/**
 * A question's words in one more language. The question's own words are in
 * the agency's default language; an empty text here falls back to them.
 * Options translate by position (the answer keeps the default-language option).
 */
export const questionTranslationSchema = z.object({
  label: z.string().trim().max(200, "Use at most 200 characters.").default(""),
  helpText: z.string().trim().max(500, "Use at most 500 characters.").default(""),
  options: z
    .array(z.string().trim().max(100, "Use at most 100 characters."))
    .max(MAX_OPTIONS, `At most ${MAX_OPTIONS} options.`)
    .default([]),
});
export type QuestionTranslation = z.output<typeof questionTranslationSchema>;

export const questionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "Invalid question id."),
    type: z.enum(QUESTION_TYPES, { error: "Choose a question type." }),
    label: z.string().trim().min(1, "Enter the question.").max(200, "Use at most 200 characters."),
    helpText: z.string().trim().max(500, "Use at most 500 characters.").default(""),
    required: z.boolean().default(false),
    options: z
      .array(z.string().trim().min(1, "Enter the option.").max(100, "Use at most 100 characters."))
      .max(MAX_OPTIONS, `At most ${MAX_OPTIONS} options.`)
      .default([]),
    translations: z.partialRecord(z.enum(LOCALES), questionTranslationSchema).default({}),
  })
  .superRefine((question, ctx) => {
    for (const [locale, translation] of Object.entries(question.translations)) {
      if (translation && translation.options.length > question.options.length) {
        ctx.addIssue({
          code: "custom",
          path: ["translations", locale, "options"],
          message: "Translate only the options the question has.",
        });
      }
    }
    if (isChoice(question.type)) {
      if (question.options.length < 2) {
        ctx.addIssue({ code: "custom", path: ["options"], message: "Add at least two options." });
      }
      const seen = new Set<string>();
      question.options.forEach((option, index) => {
        if (seen.has(option.toLowerCase())) {
          ctx.addIssue({
            code: "custom",
            path: ["options", index],
            message: "This option is already listed.",
          });
        }
        seen.add(option.toLowerCase());
      });
    }
  })
  .transform((question) =>
    isChoice(question.type)
      ? question
      : {
          ...question,
          options: [],
          translations: Object.fromEntries(
            Object.entries(question.translations).map(([locale, translation]) => [
              locale,
              { ...translation, options: [] },
            ]),
          ) as typeof question.translations,
        },
  );
export type Question = z.output<typeof questionSchema>;

/**
 * A question as one client reads it: its words in their language where the
 * agency gave them, else the agency's default language. Options keep their
 * default-language values (what the answer stores) and carry labels to show.
 */
export type LocalizedQuestion = Omit<Question, "translations"> & { optionLabels: string[] };

/** What a form field needs of a question (the agency's own view has no option labels). */
export type QuestionView = Omit<Question, "translations"> & { optionLabels?: string[] };

export function localizeQuestion(
  question: Omit<Question, "translations"> & { translations?: Question["translations"] },
  locale: Locale,
): LocalizedQuestion {
  const { translations, ...base } = question;
  const translation = translations?.[locale];
  return {
    ...base,
    label: translation?.label || base.label,
    helpText: translation?.helpText || base.helpText,
    optionLabels: base.options.map((option, index) => translation?.options[index] || option),
  };
}
export type QuestionInput = z.input<typeof questionSchema>;

/** `agencies/{agencyId}/settings/intakeForm`. */
export const intakeFormSchema = z
  .object({
    enabled: z.boolean(),
    questions: z.array(questionSchema).max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions.`),
  })
  .superRefine((form, ctx) => {
    const ids = new Set<string>();
    form.questions.forEach((question, index) => {
      if (ids.has(question.id))
        ctx.addIssue({
          code: "custom",
          path: ["questions", index, "id"],
          message: "Duplicate question.",
        });
      ids.add(question.id);
    });
  });
export type IntakeForm = z.output<typeof intakeFormSchema>;
export type IntakeFormInput = z.input<typeof intakeFormSchema>;

export const EMPTY_INTAKE_FORM: IntakeForm = { enabled: false, questions: [] };

/** The Intake Form toggle shows on invites only for an enabled form with questions. */
export function intakeFormOffered(form: IntakeForm | null): boolean {
  return Boolean(form?.enabled && form.questions.length > 0);
}

export type Answer = string | string[] | boolean | null;

/** Messages for answers that do not fit their question, in the client's language. */
export interface AnswerMessages {
  required: string;
  tooLong: (limit: number) => string;
  url: string;
  choose: string;
  chooseMany: string;
}

export const ENGLISH_ANSWER_MESSAGES: AnswerMessages = {
  required: "This question needs an answer.",
  tooLong: (limit) => `Use at most ${limit} characters.`,
  url: "Enter a web address like acme.com or https://acme.com.",
  choose: "Choose one of the options.",
  chooseMany: "Choose from the options, each once.",
};

/**
 * Validation of one answer, shared by the agency's preview and the function
 * that stores the client's answers.
 */
export function answerSchemaFor(
  question: Pick<Question, "type" | "required" | "options">,
  messages: AnswerMessages = ENGLISH_ANSWER_MESSAGES,
): z.ZodType<Answer> {
  const requiredMessage = messages.required;
  switch (question.type) {
    case "short_text":
    case "long_text": {
      const limit = ANSWER_LIMITS[question.type];
      const text = z.string({ error: requiredMessage }).trim().max(limit, messages.tooLong(limit));
      return question.required ? text.min(1, requiredMessage) : text.or(z.null());
    }
    case "url": {
      // The same reading of a web address as a client's website; stored normalised.
      const url = z
        .string({ error: requiredMessage })
        .trim()
        .max(2000, messages.tooLong(2000))
        .transform((value, ctx) => {
          if (value === "") return "";
          const normalized = normalizeWebAddress(value);
          if (normalized === null) {
            ctx.addIssue({ code: "custom", message: messages.url });
            return z.NEVER;
          }
          return normalized;
        });
      return question.required
        ? url.refine((value) => value !== "", requiredMessage)
        : url.nullable();
    }
    case "yes_no":
      return question.required ? z.boolean({ error: requiredMessage }) : z.boolean().nullable();
    case "single_choice": {
      const choice = z
        .string({ error: requiredMessage })
        .refine((value) => question.options.includes(value), messages.choose);
      return question.required ? choice : choice.or(z.literal("")).or(z.null());
    }
    case "multiple_choice": {
      const choices = z
        .array(
          z.string().refine((value) => question.options.includes(value), messages.chooseMany),
          { error: requiredMessage },
        )
        .refine((values) => new Set(values).size === values.length, messages.chooseMany);
      return question.required ? choices.min(1, requiredMessage) : choices;
    }
  }
}

/** True when the answer counts as given (for progress and required checks). */
export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === "string") return answer.trim() !== "";
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

export type AnswerCheck = { ok: true; answer: Answer } | { ok: false; message: string };

/**
 * One answer against its question: the one rule for the agency's preview and
 * the client's page. A question left unanswered is fine unless it is required
 * and the answers are being sent; an answer given must fit its question.
 */
export function checkAnswer(
  question: Pick<Question, "type" | "required" | "options">,
  answer: Answer | undefined,
  { submit, messages = ENGLISH_ANSWER_MESSAGES }: { submit: boolean; messages?: AnswerMessages },
): AnswerCheck {
  if (!isAnswered(answer)) {
    return question.required && submit
      ? { ok: false, message: messages.required }
      : { ok: true, answer: null };
  }
  const result = answerSchemaFor(question, messages).safeParse(answer);
  return result.success
    ? { ok: true, answer: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? messages.required };
}

export const INTAKE_RESPONSE_STATUSES = ["draft", "submitted"] as const;

/**
 * `agencies/{a}/clients/{c}/intakeResponses/{inviteId}`, written only by
 * saveIntakeAnswers: the questions as they were asked, the client's answers
 * so far, and whether they were sent.
 */
export const intakeResponseDocSchema = z.object({
  inviteId: z.string(),
  clientId: z.string(),
  questions: z.array(z.object({ id: z.string(), label: z.string(), type: z.string() })),
  answers: z.record(
    z.string(),
    z.union([z.string(), z.array(z.string()), z.boolean(), z.null()]) satisfies z.ZodType<Answer>,
  ),
  status: z.enum(INTAKE_RESPONSE_STATUSES),
  updatedAt: z.date(),
  submittedAt: z.date().nullable().default(null),
});
export type IntakeResponseDoc = z.output<typeof intakeResponseDocSchema>;
