import type { z } from "zod";

/**
 * Who may call a callable, checked by the server before anything else:
 * - `anyone`: no sign-in (sign-up, password reset, invitation links);
 * - `linkHolder`: the client's invite page, authorized by its link token;
 * - `signedIn`: any signed-in account (creating a workspace);
 * - `staff` / `editor` / `manager`: agency staff, any role / not viewers /
 *   owners and admins;
 * - `portalUser`: an active client portal user.
 */
export type CallerKind =
  | "anyone"
  | "linkHolder"
  | "signedIn"
  | "staff"
  | "editor"
  | "manager"
  | "portalUser";

/** One callable, defined once for the functions that serve it and the apps that call it. */
export interface CallableContract<
  Name extends string = string,
  Caller extends CallerKind = CallerKind,
  Input extends z.ZodType = z.ZodType,
  Output extends z.ZodType = z.ZodType,
> {
  readonly name: Name;
  readonly caller: Caller;
  readonly input: Input;
  /** What the handler answers: checked against each answer in the emulator. */
  readonly output: Output;
}

export type AnyCallableContract = CallableContract<string, CallerKind, z.ZodType, z.ZodType>;

/** What a caller sends (before defaults and trimming). */
export type CallableInput<Contract extends AnyCallableContract> = z.input<Contract["input"]>;
/** What the caller receives. */
export type CallableOutput<Contract extends AnyCallableContract> = z.output<Contract["output"]>;

export function defineCallable<
  const Name extends string,
  const Caller extends CallerKind,
  Input extends z.ZodType,
  Output extends z.ZodType,
>(contract: CallableContract<Name, Caller, Input, Output>) {
  return contract;
}

/** Compile-time check that two types are the same (used where an interface and a schema describe one answer). */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
