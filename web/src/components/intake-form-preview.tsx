import { type Answer, checkAnswer, type QuestionView } from "@portico/domain/intake";
import { useState } from "react";
import { Button } from "./button";
import { IntakeQuestionField } from "./intake-question-field";

/** The form as the client will see it, with the same validation; nothing is saved. */
export function IntakeFormPreview({
  questions,
  labels,
}: {
  questions: QuestionView[];
  /** Texts around each field, in the client's language (English when absent). */
  labels?: { required: string; yes: string; no: string };
}) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState(false);

  const check = () => {
    const next: Record<string, string> = {};
    for (const question of questions) {
      // The client's page sends with this same check.
      const result = checkAnswer(question, answers[question.id], { submit: true });
      if (!result.ok) next[question.id] = result.message;
    }
    setErrors(next);
    setChecked(true);
  };

  if (questions.length === 0) return <p className="muted">Add a question to see the preview.</p>;
  return (
    <div className="stack intake-preview">
      {questions.map((question) => (
        <IntakeQuestionField
          key={question.id}
          question={question}
          value={answers[question.id] ?? null}
          error={errors[question.id]}
          onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
          labels={labels}
        />
      ))}
      <div>
        <Button variant="secondary" onClick={check}>
          Check answers
        </Button>
      </div>
      {checked && Object.keys(errors).length === 0 && (
        <p role="status" className="notice">
          These answers would be accepted.
        </p>
      )}
    </div>
  );
}
