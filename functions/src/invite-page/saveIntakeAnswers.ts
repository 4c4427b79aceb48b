import { answerMessages } from "@portico/domain/access-page";
import { saveIntakeAnswersCallable } from "@portico/domain/callables/invite-page";
import { translator } from "@portico/domain/i18n/translator";
import {
  type Answer,
  checkAnswer,
  type IntakeResponseDoc,
  isAnswered,
} from "@portico/domain/intake";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { readInviteProgress } from "../invites/inviteProgress";
import { serve } from "../serve";
import { pageError, pageModel, readIntakeForm, resolveInvite } from "./openedInvite";

/**
 * The client's intake answers: saved as they go (`submit: false`, progress
 * kept on the response), then sent (`submit: true`, every required question
 * answered), which marks the invite's intake form done. Each answer is checked
 * against its question; any problem refuses the whole call, so nothing is
 * half-written.
 */
export const saveIntakeAnswers = serve(saveIntakeAnswersCallable, async (input) => {
  const opened = await resolveInvite(input.token, input.locale);
  const { locale } = opened;
  if (opened.snapshot.data()?.intake.requested !== true) {
    throw pageError("failed-precondition", locale, "intakeNotRequested");
  }
  const form = await readIntakeForm(opened.agencyId);
  const questions = form?.questions ?? [];
  const messages = answerMessages(locale);
  const t = translator(locale);

  const problems: Record<string, string> = {};
  const answers: Record<string, Answer> = {};
  for (const [questionId, answer] of Object.entries(input.answers)) {
    const question = questions.find((candidate) => candidate.id === questionId);
    if (!question) {
      problems[`answers.${questionId}`] = t("accessPage.errors.unknownQuestion");
      continue;
    }
    // The agency's preview checks with the same function.
    const checked = checkAnswer(question, answer, { submit: input.submit, messages });
    if (checked.ok) answers[questionId] = checked.answer;
    else problems[`answers.${questionId}`] = checked.message;
  }

  const responseRef = refs.intakeResponse(opened.agencyId, opened.clientId, opened.ref.id);
  await db.runTransaction(async (tx) => {
    const current = await resolveInvite(input.token, input.locale, tx);
    const stored = await tx.get(responseRef);
    const writeProgress = input.submit
      ? await readInviteProgress(tx, current.agencyId, current.ref.id, current.invite)
      : null;
    if (current.invite.intake.status === "done") {
      throw pageError("failed-precondition", locale, "intakeAlreadySent");
    }
    const merged = {
      ...(stored.data()?.answers ?? {}),
      ...answers,
    };
    if (input.submit) {
      for (const question of questions) {
        if (question.required && !isAnswered(merged[question.id])) {
          problems[`answers.${question.id}`] ??= messages.required;
        }
      }
    }
    if (Object.keys(problems).length > 0) {
      throw new HttpsError("invalid-argument", Object.values(problems)[0] ?? messages.required, {
        fields: problems,
      });
    }
    const response: Omit<IntakeResponseDoc, "updatedAt" | "submittedAt"> = {
      inviteId: current.ref.id,
      clientId: current.clientId,
      // What was asked, as it was asked: the agency may edit its form later.
      questions: questions.map(({ id, label, type }) => ({ id, label, type })),
      answers: merged,
      status: input.submit ? "submitted" : "draft",
    };
    tx.set(responseRef, {
      ...response,
      updatedAt: FieldValue.serverTimestamp(),
      submittedAt: input.submit ? FieldValue.serverTimestamp() : null,
    });
    writeProgress?.({ intakeDone: true });
  });
  return pageModel(opened.agencyId, opened.ref, locale);
});
