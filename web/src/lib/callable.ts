import { callWith } from "./callable-core";
import { functions } from "./firebase";

export { CallableError } from "./callable-core";

/**
 * Calls a callable function of the agency app (with the signed-in user's
 * token). Errors come back as CallableError with the server's field messages,
 * ready to show beside each field.
 */
export function callFunction<Input, Output>(name: string, input: Input): Promise<Output> {
  return callWith<Input, Output>(functions, name, input);
}
