import type { UnavailablePageDetails } from "@portico/domain/access-page-model";
import type { AnyCallableContract, CallableInput } from "@portico/domain/callables/define";
import type {
  completeConnectionCallable,
  confirmServiceCallable,
  grantServiceCallable,
  openInviteCallable,
  saveIntakeAnswersCallable,
  skipServiceCallable,
  startConnectionCallable,
} from "@portico/domain/callables/invite-page";
import { CallableError, callByName, SERVER_FAULT_CODES } from "../../../lib/callable-core";
import { pageFunctions } from "../../../lib/page-functions";

/**
 * The client's access page talks to its callables only (no Auth, no
 * Firestore): each answers with the fresh page model in the client's language.
 * Contracts are imported as types only: the page ships none of their schemas.
 */
const call =
  <Contract extends AnyCallableContract>(name: Contract["name"]) =>
  (input: CallableInput<Contract>) =>
    callByName<Contract>(pageFunctions, name, withoutUndefined(input));

/**
 * The SDK sends an undefined field as null, which the schemas refuse: a field
 * left out (the language when the client picked none) is not sent at all.
 */
function withoutUndefined<Input>(input: Input): Input {
  return Object.fromEntries(
    Object.entries(input as object).filter(([, value]) => value !== undefined),
  ) as Input;
}

export const openInvite = call<typeof openInviteCallable>("openInvite");
export const startConnection = call<typeof startConnectionCallable>("startConnection");
export const completeConnection = call<typeof completeConnectionCallable>("completeConnection");
export const grantService = call<typeof grantServiceCallable>("grantService");
export const confirmService = call<typeof confirmServiceCallable>("confirmService");
export const skipService = call<typeof skipServiceCallable>("skipService");
export const saveIntakeAnswers = call<typeof saveIntakeAnswersCallable>("saveIntakeAnswers");

/** The page to show instead, when the link leads nowhere (unknown, tampered or withdrawn). */
export function unavailablePage(error: unknown): UnavailablePageDetails["unavailable"] | null {
  if (!(error instanceof CallableError) || error.code !== "not-found") return null;
  const details = error.details as Partial<UnavailablePageDetails> | null | undefined;
  return details && typeof details === "object" && details.unavailable ? details.unavailable : null;
}

/**
 * What to tell the client when an action fails: the server's message (already
 * in the client's language), or `fallback` when the server or the network failed.
 */
export function failureMessage(error: unknown, fallback: string): string {
  if (error instanceof CallableError && !SERVER_FAULT_CODES.includes(error.code)) {
    return error.message || fallback;
  }
  return fallback;
}
