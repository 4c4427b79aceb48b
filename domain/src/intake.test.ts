import { describe, expect, it } from "vitest";
import { websiteSchema } from "./clients";
import {
  answerSchemaFor,
  checkAnswer,
  intakeFormOffered,
  intakeFormSchema,
  localizeQuestion,
  type Question,
  questionSchema,
} from "./intake";
import { fieldErrorsOf } from "./validation";

const q = (over: Partial<Question>): Question =>
  questionSchema.parse({ id: "q1", type: "short_text", label: "Your goals?", ...over });

describe("intake form", () => {
  it("needs two distinct options for choice questions and drops options elsewhere", () => {
    const result = intakeFormSchema.safeParse({
      enabled: true,
      questions: [
        { id: "a", type: "single_choice", label: "Budget", options: ["Low"] },
        { id: "b", type: "multiple_choice", label: "Channels", options: ["Ads", "ads"] },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        "questions.0.options": "Add at least two options.",
        "questions.1.options.1": "This option is already listed.",
      });
    }
    expect(
      questionSchema.parse({ id: "c", type: "url", label: "Site", options: ["x"] }).options,
    ).toEqual([]);
  });

  it("refuses duplicate question ids and empty labels", () => {
    const result = intakeFormSchema.safeParse({
      enabled: true,
      questions: [
        { id: "a", type: "yes_no", label: "Ok?" },
        { id: "a", type: "yes_no", label: " " },
      ],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        "questions.1.label": "Enter the question.",
        "questions.1.id": "Duplicate question.",
      });
    }
  });

  it("is offered on invites only when enabled with questions", () => {
    expect(intakeFormOffered(null)).toBe(false);
    expect(intakeFormOffered({ enabled: true, questions: [] })).toBe(false);
    expect(intakeFormOffered({ enabled: false, questions: [q({})] })).toBe(false);
    expect(intakeFormOffered({ enabled: true, questions: [q({})] })).toBe(true);
  });
});

describe("answers", () => {
  it.each([
    [q({ required: true }), "", false],
    [q({ required: true }), "Grow", true],
    [q({}), null, true],
    [q({ type: "long_text" }), "x".repeat(5001), false],
    [q({ type: "url", required: true }), "acme", false],
    [q({ type: "url", required: true }), "ftp://acme.com", false],
    [q({ type: "url", required: true }), "acme.com", true],
    [q({ type: "url", required: true }), "http://acme.com", true],
    [q({ type: "url", required: true }), "https://acme.com/page", true],
    [q({ type: "yes_no", required: true }), null, false],
    [q({ type: "yes_no", required: true }), false, true],
    [q({ type: "single_choice", options: ["A", "B"], required: true }), "C", false],
    [q({ type: "single_choice", options: ["A", "B"], required: true }), "B", true],
    [q({ type: "multiple_choice", options: ["A", "B"], required: true }), [], false],
    [q({ type: "multiple_choice", options: ["A", "B"] }), ["A", "A"], false],
    [q({ type: "multiple_choice", options: ["A", "B"] }), ["B", "A"], true],
    [q({ type: "short_text" }), 42, false],
  ])("%#: validates %j", (question, answer, ok) => {
    expect(answerSchemaFor(question).safeParse(answer).success).toBe(ok);
  });

  it.each([
    ["short_text", {}],
    ["long_text", {}],
    ["url", {}],
    ["yes_no", {}],
    ["single_choice", { options: ["A", "B"] }],
    ["multiple_choice", { options: ["A", "B"] }],
  ] as const)("asks for an answer to a required %s left empty", (type, extra) => {
    const options = "options" in extra ? [...extra.options] : [];
    const result = answerSchemaFor(q({ type, required: true, options })).safeParse(null);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues[0]?.message).toBe("This question needs an answer.");
  });

  it("reads a URL answer as a client's website is read, and says what it accepts", () => {
    const url = answerSchemaFor(q({ type: "url" }));
    for (const typed of ["acme.com", "http://acme.co.uk/about", " https://acme.com/page "]) {
      expect(url.parse(typed)).toBe(websiteSchema.parse(typed));
    }
    expect(url.parse("acme.com")).toBe("https://acme.com/");
    const refused = url.safeParse("javascript:alert(1)");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe(
      "Enter a web address like acme.com or https://acme.com.",
    );
  });
});

describe("checkAnswer: the preview's rule and the client page's rule", () => {
  const channels = q({ type: "multiple_choice", options: ["Ads", "SEO"] });

  it.each([undefined, null, []])(
    "accepts an optional multiple choice left empty (%j) when sending",
    (answer) => {
      expect(checkAnswer(channels, answer, { submit: true })).toEqual({ ok: true, answer: null });
    },
  );

  it("asks for a required question left empty only when sending", () => {
    const required = { ...channels, required: true };
    expect(checkAnswer(required, [], { submit: true })).toEqual({
      ok: false,
      message: "This question needs an answer.",
    });
    expect(checkAnswer(required, [], { submit: false })).toEqual({ ok: true, answer: null });
  });

  it("checks an answer given against its question, saving or sending", () => {
    expect(checkAnswer(channels, ["Print"], { submit: false })).toEqual({
      ok: false,
      message: "Choose from the options, each once.",
    });
    expect(checkAnswer(q({ type: "url" }), "acme.com", { submit: false })).toEqual({
      ok: true,
      answer: "https://acme.com/",
    });
  });
});

describe("intake questions in the client's language", () => {
  const question = questionSchema.parse({
    id: "budget",
    type: "single_choice",
    label: "Monthly budget",
    helpText: "Roughly",
    options: ["Under $1k", "$1k or more"],
    translations: {
      es: { label: "Presupuesto mensual", options: ["Menos de 1k $"] },
      nl: { helpText: "Ongeveer" },
    },
  });

  it("uses the agency's words per language and falls back to the default language, option by option", () => {
    expect(localizeQuestion(question, "es")).toMatchObject({
      label: "Presupuesto mensual",
      helpText: "Roughly",
      options: ["Under $1k", "$1k or more"],
      optionLabels: ["Menos de 1k $", "$1k or more"],
    });
    expect(localizeQuestion(question, "nl")).toMatchObject({
      label: "Monthly budget",
      helpText: "Ongeveer",
      optionLabels: ["Under $1k", "$1k or more"],
    });
    expect(localizeQuestion(question, "en")).not.toHaveProperty("translations");
  });

  it("refuses more translated options than the question has", () => {
    const result = questionSchema.safeParse({
      id: "q",
      type: "single_choice",
      label: "Pick",
      options: ["A", "B"],
      translations: { es: { options: ["a", "b", "c"] } },
    });
    expect(result.success).toBe(false);
  });
});
