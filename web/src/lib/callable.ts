import type {
  AnyCallableContract,
  CallableInput,
  CallableOutput,
} from "@portico/domain/callables/define";
import { callWith } from "./callable-core";
import { functions } from "./firebase";
import { withMailLimitMessage } from "./mail-limit-error";

export { CallableError } from "./callable-core";

/**
 * Calls a callable of the agency app (with the signed-in user's token), typed
 * by its contract (@portico/domain/callables/…). Errors come back as
 * CallableError with the server's field messages, ready to show beside each
 * field; a mail limit says when it resets, in the reader's time zone (the
 * portal rewords it in the client's language). Answers are not parsed again
 * here: the server answers its contract (checked in the emulator's tests).
 */
export async function call<Contract extends AnyCallableContract>(
  contract: Contract,
  input: CallableInput<Contract>,
): Promise<CallableOutput<Contract>> {
  try {
    return (await callWith(functions, contract.name, input)) as CallableOutput<Contract>;
  } catch (error) {
    throw withMailLimitMessage(error, "en");
  }
}
