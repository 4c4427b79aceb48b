import { CALL_DIRECTIONS, CALL_OUTCOMES } from "@portico/domain/voice/call";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { type CallListFilter, NO_CALL_FILTER } from "../../../data/calls-repository";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "");

/**
 * The calls list's filter, kept in the address (shareable, survives a
 * reload); the search waits for a pause in typing.
 */
export function useCallFilter() {
  const [params, setParams] = useSearchParams();
  const [searchInput, setSearchInput] = useState(params.get("q") ?? "");
  const search = useDebouncedValue(searchInput.trim(), 250);
  const outcome = oneOf(["any", ...CALL_OUTCOMES] as const, params.get("outcome"), "any");
  const direction = oneOf(["any", ...CALL_DIRECTIONS] as const, params.get("direction"), "any");
  const booked = oneOf(["any", "yes", "no"] as const, params.get("booked"), "any");
  const from = day(params.get("from"));
  const to = day(params.get("to"));
  const filter = useMemo<CallListFilter>(
    () => ({ search, outcome, direction, booked, from, to }),
    [search, outcome, direction, booked, from, to],
  );

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === "" || value === "any") next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };
  const isFiltered = (Object.keys(NO_CALL_FILTER) as (keyof CallListFilter)[]).some(
    (key) => filter[key] !== NO_CALL_FILTER[key],
  );
  return {
    filter,
    isFiltered,
    searchInput,
    setSearch: (value: string) => {
      setSearchInput(value);
      setParam("q", value.trim());
    },
    setFilter: (name: keyof CallListFilter, value: string) =>
      setParam(name === "search" ? "q" : name, value),
  };
}
