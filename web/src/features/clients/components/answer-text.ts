import type { Answer } from "@portico/domain/intake";

/** An answer as staff read it: Yes/No, a list joined, or null when there is none. */
export function answerText(answer: Answer | undefined): string | null {
  if (answer === undefined || answer === null) return null;
  if (typeof answer === "boolean") return answer ? "Yes" : "No";
  if (Array.isArray(answer)) return answer.length > 0 ? answer.join(", ") : null;
  return answer.trim() === "" ? null : answer;
}
