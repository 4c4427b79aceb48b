import type {
  CompleteConnectionInput,
  GrantServiceInput,
  OpenInviteInput,
  SaveIntakeAnswersInput,
  ServiceActionInput,
  SkipServiceInput,
} from "@portico/domain/access-page";
import type {
  AccessPageModel,
  CompleteConnectionResult,
  StartConnectionResult,
  UnavailablePageDetails,
} from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { CallableError, callWith, SERVER_FAULT_CODES } from "../../../lib/callable-core";
import { functions } from "../../../lib/firebase-functions";

/**
 * The client's access page talks to its callables only (no Auth, no
 * Firestore): each answers with the fresh page model in the client's language.
 */
const call =
  <Input extends object, Output>(name: string) =>
  (input: Input) =>
    callWith<Input, Output>(functions, name, withoutUndefined(input));

/**
 * The SDK sends an undefined field as null, which the schemas refuse: a field
 * left out (the language when the client picked none) is not sent at all.
 */
function withoutUndefined<Input extends object>(input: Input): Input {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Input;
}

export const openInvite = call<OpenInviteInput, AccessPageModel>(CALLABLES.openInvite);
export const startConnection = call<ServiceActionInput, StartConnectionResult>(
  CALLABLES.startConnection,
);
export const completeConnection = call<CompleteConnectionInput, CompleteConnectionResult>(
  CALLABLES.completeConnection,
);
export const grantService = call<GrantServiceInput, AccessPageModel>(CALLABLES.grantService);
export const confirmService = call<ServiceActionInput, AccessPageModel>(CALLABLES.confirmService);
export const skipService = call<SkipServiceInput, AccessPageModel>(CALLABLES.skipService);
export const saveIntakeAnswers = call<SaveIntakeAnswersInput, AccessPageModel>(
  CALLABLES.saveIntakeAnswers,
);

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
