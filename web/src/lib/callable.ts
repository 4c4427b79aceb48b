import { type FieldErrors, isInvalidArgumentDetails } from "@portico/domain/validation";
import { FunctionsError, httpsCallable } from "firebase/functions";
import { functions } from "./firebase";
import { serverMessage } from "./server-message";

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

/**
 * Calls a callable function. Errors come back as CallableError with the
 * server's field messages, ready to show beside each field.
 */
export async function callFunction<Input, Output>(name: string, input: Input): Promise<Output> {
  try {
    const result = await httpsCallable<Input, Output>(functions, name)(input);
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

function friendlyMessage(code: string, message: string): string {
  if (code === "internal" || code === "unavailable") {
    return "Something went wrong on our side. Please try again.";
  }
  return serverMessage(message);
}
