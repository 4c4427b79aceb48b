import type { AccessPageModel } from "@portico/domain/access-page-model";
import type { Locale } from "@portico/domain/i18n/locales";
import type { Answer } from "@portico/domain/intake";
import { type RefObject, useCallback, useRef, useState } from "react";
import { CallableError } from "../../../lib/callable-core";
import { saveIntakeAnswers } from "../api/invite-page-api";
import { QUESTION_ATTRIBUTE, type SaveState } from "../components/intake-answers";

/** How long the intake form waits after the last change before saving progress. */
const AUTOSAVE_DELAY_MS = 800;

/**
 * What the page does with the outcome of a save. A save ends renders after it
 * starts, so these read no render's state (setters and refs only).
 */
export interface IntakeSaveHandlers {
  /** The server kept the answers; `submitted` when the client sent them. */
  onSaved: (page: AccessPageModel, submitted: boolean) => void;
  /** A failure that is not a refused answer (or a refused answer outside the form). */
  onFailed: (error: unknown) => void;
  /** Where focus goes: the first refused question. */
  onFocus: (target: string) => void;
}

export interface IntakeAutosave {
  /** The form's props (IntakeAnswers): the answers as typed, refusals, save progress. */
  form: {
    answers: Record<string, Answer>;
    errors: Record<string, string>;
    saveState: SaveState;
    submitting: boolean;
    /** Changes one answer and saves them all after a pause. */
    onAnswer: (questionId: string, value: Answer) => void;
  };
  /** Takes the answers saved so far from the first page model (later ones keep what is typed). */
  adopt: (page: AccessPageModel) => void;
  /** Sends the answers as final. */
  submit: () => Promise<void>;
  /** Saves typed answers not yet saved; false when the server refused them. */
  saveUnsaved: () => Promise<boolean>;
}

/**
 * The intake form's answers as typed, saved a moment after the last change
 * and before the client leaves for a platform's sign-in; sending them saves
 * them as final. Saves run one after another (never overtaking each other).
 */
export function useIntakeAutosave(
  token: RefObject<string>,
  locale: RefObject<Locale | undefined>,
  handlers: IntakeSaveHandlers,
): IntakeAutosave {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);
  const answersRef = useRef<Record<string, Answer> | null>(null);
  const unsaved = useRef(false);
  const autosave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saves = useRef<Promise<unknown>>(Promise.resolve());

  const adopt = useCallback((page: AccessPageModel) => {
    if (answersRef.current !== null || !page.intake) return;
    answersRef.current = { ...page.intake.answers };
    setAnswers(answersRef.current);
  }, []);

  /** Saves the answers as they stand, after any save under way (saves never overtake each other). */
  const saveAnswers = (submit: boolean, focusOnError = submit): Promise<boolean> => {
    clearTimeout(autosave.current);
    const run = async () => {
      const snapshot = answersRef.current ?? {};
      unsaved.current = false;
      setSaveState("saving");
      try {
        const page = await saveIntakeAnswers({
          token: token.current,
          answers: snapshot,
          submit,
          locale: locale.current,
        });
        setSaveState(unsaved.current ? "idle" : "saved");
        handlers.onSaved(page, submit);
        return true;
      } catch (error) {
        unsaved.current = true;
        setSaveState("idle");
        if (error instanceof CallableError && error.code === "invalid-argument") {
          const errors = answerErrors(error.fields);
          setFieldErrors(errors);
          const first = firstQuestionWithError(errors);
          if (first) {
            if (focusOnError) handlers.onFocus(`question:${first}`);
            return false;
          }
        }
        handlers.onFailed(error);
        return false;
      }
    };
    const next = saves.current.then(run);
    saves.current = next;
    return next;
  };

  const answer = (questionId: string, value: Answer) => {
    answersRef.current = { ...answersRef.current, [questionId]: value };
    setAnswers(answersRef.current);
    setFieldErrors(({ [questionId]: _, ...others }) => others);
    unsaved.current = true;
    setSaveState("idle");
    clearTimeout(autosave.current);
    autosave.current = setTimeout(() => void saveAnswers(false), AUTOSAVE_DELAY_MS);
  };

  /** Sending the answers does not wait for a service action under way: each stands alone. */
  const submit = async () => {
    if (submittingRef.current) return;
    submittingRef.current = true;
    setSubmitting(true);
    await saveAnswers(true);
    submittingRef.current = false;
    setSubmitting(false);
  };

  const saveUnsaved = async () => !unsaved.current || (await saveAnswers(false, true));

  return {
    form: { answers, errors: fieldErrors, saveState, submitting, onAnswer: answer },
    adopt,
    submit,
    saveUnsaved,
  };
}

/** `answers.<questionId>` field messages, keyed by question. */
function answerErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith("answers.")) errors[key.slice("answers.".length)] = message;
  }
  return errors;
}

/** The first refused question in the form's order. */
function firstQuestionWithError(errors: Record<string, string>): string | null {
  const element = Array.from(document.querySelectorAll(`[${QUESTION_ATTRIBUTE}]`)).find(
    (candidate) => (candidate.getAttribute(QUESTION_ATTRIBUTE) ?? "") in errors,
  );
  return element?.getAttribute(QUESTION_ATTRIBUTE) ?? null;
}
