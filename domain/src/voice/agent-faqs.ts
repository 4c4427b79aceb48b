import { z } from "zod";
import { fillTemplate } from "../access-page-model";
import type { AgentMessages } from "../i18n/agent/en";

/**
 * The client's FAQs: what the AI agent answers. One document
 * (`agentConfig/faqs`) holds the ordered set, so a save, a reorder and the
 * count limit are one atomic write; `version` guards against two editors
 * overwriting each other.
 */
export const FAQ_LIMITS = { count: 50, question: 200, answer: 1000 } as const;

/** Short IDs the browser mints for new FAQs, checked like document IDs. */
export const FAQ_ID = /^[A-Za-z0-9_-]{1,40}$/;

export const editorSchema = z.object({
  uid: z.string(),
  name: z.string(),
  kind: z.enum(["staff", "portal"]),
});
export type Editor = z.output<typeof editorSchema>;

export const faqSchema = z.object({
  id: z.string().regex(FAQ_ID),
  question: z.string(),
  answer: z.string(),
});
export type Faq = z.output<typeof faqSchema>;

export const faqsDocSchema = z.object({
  faqs: z.array(faqSchema),
  version: z.number().int(),
  updatedAt: z.date().nullable(),
  updatedBy: editorSchema.nullable(),
});
export type FaqsDoc = z.output<typeof faqsDocSchema>;

/** Case, spacing and end punctuation do not make a different question. */
export function questionKey(question: string): string {
  return question
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[?¿!.\s]+$/u, "")
    .replace(/^[¿¡]+/u, "");
}

/** The FAQ set as an editor saves it, with messages in the client's language. */
export function faqSetSchema(messages: AgentMessages) {
  const e = messages.errors;
  const item = z.object({
    id: z.string().regex(FAQ_ID, e.failed),
    question: z
      .string()
      .trim()
      .min(1, e.questionRequired)
      .max(FAQ_LIMITS.question, fillTemplate(e.questionTooLong, { max: FAQ_LIMITS.question })),
    answer: z
      .string()
      .trim()
      .min(1, e.answerRequired)
      .max(FAQ_LIMITS.answer, fillTemplate(e.answerTooLong, { max: FAQ_LIMITS.answer })),
  });
  return z
    .array(item)
    .max(FAQ_LIMITS.count, fillTemplate(e.tooMany, { max: FAQ_LIMITS.count }))
    .superRefine((faqs, context) => {
      const seen = new Set<string>();
      const ids = new Set<string>();
      faqs.forEach((faq, index) => {
        const key = questionKey(faq.question);
        if (seen.has(key)) {
          context.addIssue({
            code: "custom",
            path: [index, "question"],
            message: e.duplicateQuestion,
          });
        }
        if (ids.has(faq.id)) {
          context.addIssue({ code: "custom", path: [index, "id"], message: e.failed });
        }
        seen.add(key);
        ids.add(faq.id);
      });
    });
}

export type FaqChange =
  | { kind: "added" | "edited" | "deleted"; question: string }
  | { kind: "reordered" };

/** What changed between two FAQ sets, for the history. */
export function faqChanges(before: readonly Faq[], after: readonly Faq[]): FaqChange[] {
  const old = new Map(before.map((faq) => [faq.id, faq]));
  const next = new Map(after.map((faq) => [faq.id, faq]));
  const changes: FaqChange[] = [];
  for (const faq of after) {
    const previous = old.get(faq.id);
    if (!previous) changes.push({ kind: "added", question: faq.question });
    else if (previous.question !== faq.question || previous.answer !== faq.answer) {
      changes.push({ kind: "edited", question: faq.question });
    }
  }
  for (const faq of before) {
    if (!next.has(faq.id)) changes.push({ kind: "deleted", question: faq.question });
  }
  const keptBefore = before.filter((faq) => next.has(faq.id)).map((faq) => faq.id);
  const keptAfter = after.filter((faq) => old.has(faq.id)).map((faq) => faq.id);
  if (keptBefore.join() !== keptAfter.join()) changes.push({ kind: "reordered" });
  return changes;
}
