import { callWith } from "./callable-core";
import { functions } from "./firebase";
import { withMailLimitMessage } from "./mail-limit-error";

export { CallableError } from "./callable-core";

/**
 * Calls a callable function of the agency app (with the signed-in user's
 * token). Errors come back as CallableError with the server's field messages,
 * ready to show beside each field; a mail limit says when it resets, in the
 * reader's time zone (the portal rewords it in the client's language).
 */
export async function callFunction<Input, Output>(name: string, input: Input): Promise<Output> {
  try {
    return await callWith<Input, Output>(functions, name, input);
  } catch (error) {
    throw withMailLimitMessage(error, "en");
  }
}
