import { type CallableName, callables } from "./callables/index";

/*
 * Loads every callable contract (and so zod): the client's invite page takes
 * the region from ./region and its callables' names from their contracts.
 */
export { FUNCTIONS_REGION } from "./region";

/** Callable names, derived from the contracts (./callables): tests and scripts call by name. */
export const CALLABLES = Object.fromEntries(Object.keys(callables).map((name) => [name, name])) as {
  readonly [Name in CallableName]: Name;
};
