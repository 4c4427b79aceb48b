import type {
  AnyCallableContract,
  CallableContract,
  CallerKind,
} from "@portico/domain/callables/define";
import {
  type CallableFunction,
  type CallableOptions,
  type CallableRequest,
  HttpsError,
} from "firebase-functions/v2/https";
import type { z } from "zod";
import { callable, parseInput } from "./callable";
import { pageInput } from "./invite-page/openedInvite";
import { logs } from "./logs";
import { type PortalUser, requirePortalUser } from "./portal/portalUser";
import { requireEditor, requireManager, requireStaff, type Staff } from "./staff";

/** What each kind of caller's guard hands the handler. */
interface Callers {
  anyone: undefined;
  linkHolder: undefined;
  signedIn: { uid: string };
  staff: Staff;
  editor: Staff;
  manager: Staff;
  portalUser: PortalUser;
}

export interface ServeOptions extends CallableOptions {
  /** The refusal for a signed-out caller of a `signedIn` callable. */
  signInMessage?: string;
}

type Guard<Kind extends CallerKind> = (
  request: CallableRequest<unknown>,
  options: ServeOptions,
) => Promise<Callers[Kind]>;

const guards: { [Kind in CallerKind]: Guard<Kind> } = {
  anyone: async () => undefined,
  linkHolder: async () => undefined,
  signedIn: async (request, options) => {
    if (!request.auth) {
      throw new HttpsError("unauthenticated", options.signInMessage ?? "Sign in to continue.");
    }
    return { uid: request.auth.uid };
  },
  staff: requireStaff,
  editor: requireEditor,
  manager: requireManager,
  portalUser: requirePortalUser,
};

/** A callable served from its contract; the name ties the export to its definition. */
export type Served<Contract extends AnyCallableContract> = CallableFunction<
  unknown,
  Promise<z.input<Contract["output"]>>
> & { readonly __porticoContract: Contract["name"] };

type Handler<Contract extends AnyCallableContract> = (
  input: z.output<Contract["input"]>,
  caller: Callers[Contract["caller"]],
  request: CallableRequest<unknown>,
) => Promise<z.input<Contract["output"]>>;

/**
 * Serves a callable as its contract (domain/src/callables) says: `callable()`
 * (App Check, the raw-data screen), then the guard the contract's `caller`
 * names, then the input parsed with its schema (the caller is checked first,
 * so a stranger learns nothing about the input). The handler gets the parsed
 * input and the caller; it must answer the contract's output. In the emulator
 * each answer is checked against the output schema too, so the integration
 * tests catch a contract drifting from the code.
 */
export function serve<Contract extends AnyCallableContract>(
  contract: Contract,
  handler: NoInfer<Handler<Contract>>,
): Served<Contract>;
export function serve<Contract extends AnyCallableContract>(
  contract: Contract,
  options: ServeOptions,
  handler: NoInfer<Handler<Contract>>,
): Served<Contract>;
export function serve<Contract extends AnyCallableContract>(
  contract: Contract,
  optionsOrHandler: ServeOptions | Handler<Contract>,
  maybeHandler?: Handler<Contract>,
): Served<Contract> {
  const options = typeof optionsOrHandler === "function" ? {} : optionsOrHandler;
  const handler = typeof optionsOrHandler === "function" ? optionsOrHandler : maybeHandler;
  if (!handler) throw new Error(`serve(${contract.name}) needs a handler`);
  const { signInMessage: _signInMessage, ...callableOptions } = options;
  const guard = guards[contract.caller as CallerKind] as Guard<Contract["caller"]>;
  const served = callable(callableOptions, async (request) => {
    const caller = await guard(request, options);
    // The invite page checks the link token's form first and counts the call
    // against the link's rate limits.
    const input = (
      contract.caller === "linkHolder"
        ? await pageInput(request, contract.input)
        : parseInput(contract.input, request.data)
    ) as z.output<Contract["input"]>;
    const answer = await handler(input, caller, request);
    if (process.env.FUNCTIONS_EMULATOR === "true") assertAnswer(contract, answer);
    return answer;
  });
  // Read by the bundle check (scripts/lib/load-functions-bundle.mjs): export name = contract name.
  Object.defineProperty(served, "__porticoContract", { value: contract.name });
  return served as Served<Contract>;
}

function assertAnswer(contract: CallableContract, answer: unknown): void {
  const checked = contract.output.safeParse(answer);
  if (!checked.success) {
    logs.contractBroken(contract.name, checked.error.issues);
    throw new HttpsError("internal", `${contract.name} answered outside its contract.`);
  }
}
