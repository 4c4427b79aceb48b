import { z } from "zod";
import { type Editor, editorSchema, type Faq } from "./agent-faqs";
import { AGENT_FIELDS, type AgentSettingValues } from "./agent-settings";
import { WEEKDAYS } from "./business-hours";

/**
 * Getting the client's FAQs and settings to the AI agent. Every change is
 * stored first; the sync document (`agentConfig/sync`) then asks a function
 * to push the whole set to the platform, retried with exponential backoff.
 * The push is idempotent (it writes the full set between Portico's markers),
 * so a repeated attempt changes nothing more.
 */
export const SYNC_STATES = ["pending", "syncing", "synced", "failed", "notConnected"] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export const MAX_SYNC_ATTEMPTS = 5;

/** Why a sync did not reach the agent, as a code the portal words in the client's language. */
export const SYNC_ERROR_CODES = [
  "timeout",
  "unreachable",
  "refusedKey",
  "noAgent",
  "platformError",
  "notRetellLlm",
  "noConnection",
  "noApiKey",
  "noAgentId",
  "unexpected",
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];
/** An attempt holding the lease this long is taken to have died. */
export const SYNC_LEASE_MS = 60_000;
/** A retry may start this much before its `nextAttemptAt` (task and function clocks differ). */
export const SYNC_EARLY_TOLERANCE_MS = 5_000;

export function syncRetryDelaySeconds(attempt: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, attempt - 1), 1800);
}

export const agentSyncDocSchema = z.object({
  state: z.enum(SYNC_STATES),
  /** Bumped by every change; the sync is done when `syncedRevision` reaches it. */
  revision: z.number().int(),
  syncedRevision: z.number().int(),
  attempts: z.number().int(),
  nextAttemptAt: z.date().nullable(),
  leaseExpiresAt: z.date().nullable(),
  /** Why the last attempt failed (or why nothing is connected), in words for people. */
  error: z.string().nullable(),
  errorCode: z.enum(SYNC_ERROR_CODES).nullable().default(null),
  platform: z.enum(["retell", "vapi"]).nullable(),
  syncedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type AgentSyncDoc = z.output<typeof agentSyncDocSchema>;

/** `agentHistory/{id}`: who changed what; `portalVisible` false hides hidden fields' changes from portal users. */
export const agentHistoryDocSchema = z.object({
  at: z.date(),
  by: editorSchema,
  area: z.enum(["faqs", "settings"]),
  /** FAQs: one entry per change; settings: the fields changed. */
  changes: z.array(
    z.object({
      kind: z.enum(["added", "edited", "deleted", "reordered", "setting"]),
      question: z.string().nullable(),
      field: z.enum(AGENT_FIELDS).nullable(),
    }),
  ),
  portalVisible: z.boolean(),
});
export type AgentHistoryDoc = z.output<typeof agentHistoryDocSchema>;
export type HistoryEntryInput = Omit<AgentHistoryDoc, "at"> & { by: Editor };

/** `faqSuggestions/{callId}`: a question a call's analysis says the agent could not answer. */
export const faqSuggestionDocSchema = z.object({
  question: z.string(),
  callId: z.string(),
  askedAt: z.date(),
  status: z.enum(["open", "dismissed", "added"]),
  updatedAt: z.date(),
});
export type FaqSuggestionDoc = z.output<typeof faqSuggestionDocSchema>;

/** The structured-data field the agency adds to the agent's post-call analysis. */
export const UNANSWERED_QUESTION_FIELD = "unanswered_question";

/** The unanswered question in a call's structured data, if there is a real one. */
export function unansweredQuestion(structuredData: Record<string, unknown> | null): string | null {
  const value = structuredData?.[UNANSWERED_QUESTION_FIELD];
  if (typeof value !== "string") return null;
  const question = value.trim().replace(/\s+/g, " ");
  if (question.length < 3 || /^(none|null|n\/a|no)$/i.test(question)) return null;
  return question.slice(0, 300);
}

export const PROMPT_START =
  "<!-- portico:start (kept by Portico: edit FAQs and settings in Portico) -->";
export const PROMPT_END = "<!-- portico:end -->";

const AFTER_HOURS_TEXT = {
  message:
    "take a message with the caller's name, number and reason, and say the team will call back",
  transfer: "transfer the call to the transfer number",
  book: "offer to book an appointment",
} as const;

/** Portico's section of the agent's prompt: business facts and FAQs, in plain text. */
export function promptSection(
  faqs: readonly Faq[],
  settings: AgentSettingValues,
  timeZone: string,
): string {
  const hours = WEEKDAYS.map((weekday) => {
    const ranges = settings.businessHours.weekly[weekday] ?? [];
    const text = ranges.length
      ? ranges.map((range) => `${range.opens}-${range.closes}`).join(", ")
      : "closed";
    return `- ${weekday}: ${text}`;
  });
  const closures = settings.businessHours.closures.map(
    (closure) => `- ${closure.date}${closure.name ? ` (${closure.name})` : ""}`,
  );
  const lines = [
    PROMPT_START,
    "## Business hours",
    `Time zone: ${timeZone}.`,
    ...hours,
    ...(closures.length ? ["Closed on these dates:", ...closures] : []),
    `Outside business hours: ${AFTER_HOURS_TEXT[settings.afterHours]}.`,
    ...(settings.transferNumber ? [`Transfer number: ${settings.transferNumber}.`] : []),
    "",
    "## Frequently asked questions",
    "Answer these questions with these answers.",
    ...(faqs.length
      ? faqs.flatMap((faq) => [`Q: ${faq.question}`, `A: ${faq.answer}`])
      : ["(none yet)"]),
    PROMPT_END,
  ];
  return lines.join("\n");
}

/**
 * The prompt with Portico's section replaced (or appended, separated by a
 * blank line): everything the agency wrote outside the markers is kept as is.
 */
export function mergePromptSection(prompt: string | null | undefined, section: string): string {
  const current = prompt ?? "";
  const start = current.indexOf(PROMPT_START);
  const end = current.indexOf(PROMPT_END, start + 1);
  if (start >= 0 && end > start) {
    return current.slice(0, start) + section + current.slice(end + PROMPT_END.length);
  }
  return current.trim() ? `${current.trimEnd()}\n\n${section}` : section;
}
