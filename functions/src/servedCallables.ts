/**
 * Type-level only (nothing imports this file at run time): `npm run typecheck`
 * fails when ./index's callables and the contracts (domain/src/callables)
 * differ. The bundle check (scripts/lib/load-functions-bundle.mjs) checks the
 * same on the built functions.
 */
import type { Callables } from "@portico/domain/callables/index";
import type { CallableFunction } from "firebase-functions/v2/https";
import type * as exported from "./index";
import type { Served } from "./serve";

type Exports = typeof exported;
// biome-ignore lint/suspicious/noExplicitAny: any callable, whatever it takes and answers
type AnyCallableFunction = CallableFunction<any, any>;

/** A contract with no export of its name. */
type Missing = Exclude<keyof Callables, keyof Exports>;
/** A callable export with no contract of its name. */
type Extra = Exclude<
  {
    [Name in keyof Exports]: Exports[Name] extends AnyCallableFunction ? Name : never;
  }[keyof Exports],
  keyof Callables
>;
/** An export not served from the contract of its name (another contract, or no `serve`). */
type Mismatched = {
  [Name in keyof Callables & keyof Exports]: Exports[Name] extends Served<Callables[Name]>
    ? never
    : Name;
}[keyof Callables & keyof Exports];

// An error here names the callables that differ.
const exportsMatchContracts: [Missing, Extra, Mismatched] extends [never, never, never]
  ? true
  : { missing: Missing; extra: Extra; mismatched: Mismatched } = true;
void exportsMatchContracts;
