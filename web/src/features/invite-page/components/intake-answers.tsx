import type { AccessPageIntakeModel, AccessPageModel } from "@portico/domain/access-page-model";
import type { Answer } from "@portico/domain/intake";
import { IntakeQuestionField } from "../../../components/intake-question-field";
import { primaryStyle } from "./service-card";

export type SaveState = "idle" | "saving" | "saved";

/** Attribute on each question's wrapper, to focus the first one the server refused. */
export const QUESTION_ATTRIBUTE = "data-question-id";

/**
 * The intake form on the client's page. The answers live in the page (saved
 * as the client types, kept across language switches and failed calls); this
 * component only shows them, with the server's message beside each field.
 */
export function IntakeAnswers({
  intake,
  page,
  answers,
  errors,
  saveState,
  submitting,
  onAnswer,
  onSubmit,
}: {
  intake: AccessPageIntakeModel;
  page: Pick<AccessPageModel, "agency" | "texts">;
  answers: Record<string, Answer>;
  errors: Record<string, string>;
  saveState: SaveState;
  submitting: boolean;
  onAnswer: (questionId: string, value: Answer) => void;
  onSubmit: () => void;
}) {
  const { texts } = page;
  if (intake.status === "done") {
    return (
      <p className="notice" role="status">
        {texts.answersDone}
      </p>
    );
  }
  const labels = { required: texts.required, yes: texts.yes, no: texts.no };
  return (
    <form
      className="stack access-page-intake-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!submitting) onSubmit();
      }}
    >
      {intake.questions.map((question) => (
        <div key={question.id} {...{ [QUESTION_ATTRIBUTE]: question.id }}>
          <IntakeQuestionField
            question={question}
            value={answers[question.id] ?? null}
            error={errors[question.id]}
            labels={labels}
            onChange={(value) => onAnswer(question.id, value)}
          />
        </div>
      ))}
      <div className="access-page-actions">
        <button
          type="submit"
          className="btn access-page-primary"
          style={primaryStyle(page.agency)}
          aria-disabled={submitting || undefined}
        >
          {texts.submitAnswers}
        </button>
        <p className="access-page-save-state muted" role="status" aria-live="polite">
          {saveState === "saving" ? texts.saving : saveState === "saved" ? texts.saved : ""}
        </p>
      </div>
    </form>
  );
}
