import type {
  AnyCallableContract,
  CallableInput,
  CallableOutput,
} from "@portico/domain/callables/define";
import { type FieldErrors, isInvalidArgumentDetails } from "@portico/domain/validation";
import { type Functions, FunctionsError, httpsCallable } from "firebase/functions";
import { serverMessage } from "./server-message";

/**
 * Calling a callable and mapping its errors, on any Functions instance. Kept
 * apart from ./firebase so the client's invite page can call functions
 * without loading Auth (see ./callable.ts for the agency app's helper).
 */
export class CallableError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldErrors,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** Codes whose server message says nothing useful to a person. */
export const SERVER_FAULT_CODES: readonly string[] = ["internal", "unavailable"];

/**
 * Calls `name` on `functions`. Errors come back as CallableError with the
 * server's field messages, ready to show beside each field. Untyped: callers
 * go through `call` (./callable.ts) or `callByName`, typed by the contract.
 */
export async function callWith(
  functions: Functions,
  name: string,
  input: unknown,
): Promise<unknown> {
  try {
    const result = await httpsCallable(functions, name)(input);
    return result.data;
  } catch (error) {
    if (error instanceof FunctionsError) {
      const code = error.code.replace(/^functions\//, "");
      const fields = isInvalidArgumentDetails(error.details) ? error.details.fields : {};
      throw new CallableError(friendlyMessage(code, error.message), code, fields, error.details);
    }
    throw error;
  }
}

/**
 * `callWith` typed by a contract the caller names as a type only
 * (`callByName<typeof openInviteCallable>(…, "openInvite", …)`), so a page
 * that must stay light ships none of the contract's schemas.
 */
export function callByName<Contract extends AnyCallableContract>(
  functions: Functions,
  name: Contract["name"],
  input: CallableInput<Contract>,
): Promise<CallableOutput<Contract>> {
  return callWith(functions, name, input) as Promise<CallableOutput<Contract>>;
}

function friendlyMessage(code: string, message: string): string {
  if (SERVER_FAULT_CODES.includes(code)) {
    return "Something went wrong on our side. Please try again.";
  }
  return serverMessage(message);
}
