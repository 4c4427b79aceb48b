import type { API_OPERATIONS, ApiOperationId } from "@portico/domain/api/operations";
import type { z } from "zod";
import type { ApiAnswer } from "./apiHttp";
import type { ApiCaller } from "./apiKeyAuth";

type OperationOf<Id extends ApiOperationId> = Extract<(typeof API_OPERATIONS)[number], { id: Id }>;
type BodyOf<Op> = Op extends { body: infer Body extends z.ZodType } ? z.output<Body> : undefined;
type QueryOf<Op> = Op extends { query: infer Query extends z.ZodType }
  ? z.output<Query>
  : undefined;

/** What a handler gets: the checked caller, path parameters (valid IDs), query and body parsed by the operation's schemas. */
export interface ApiContext<Id extends ApiOperationId = ApiOperationId> {
  caller: ApiCaller;
  params: Record<string, string>;
  query: QueryOf<OperationOf<Id>>;
  body: BodyOf<OperationOf<Id>>;
}

export type ApiHandlers<Ids extends ApiOperationId> = {
  [Id in Ids]: (context: ApiContext<Id>) => Promise<ApiAnswer>;
};

/** A path parameter the router has already checked is a valid ID. */
export function param(context: { params: Record<string, string> }, name: string): string {
  const value = context.params[name];
  if (value === undefined) throw new Error(`Missing path parameter ${name}`);
  return value;
}
