import { createHmac } from "node:crypto";
import { z } from "zod";
import type { ConnectorError } from "../connector";
import {
  call,
  errorBody,
  list,
  type ProviderRequest,
  type ProviderResponse,
  text,
  unavailable,
} from "../providerHttp";

/** How the Meta connector calls the Graph API: signed calls, paged edges, Graph's errors. */

export const FACEBOOK = "Facebook";

/** Graph's error body: {"error": {"message", "type", "code", "error_subcode", "is_transient"}}. */
const graphErrorSchema = z.object({
  error: z.object({
    code: z.union([z.number(), z.string()]).nullish(),
    is_transient: z.boolean().nullish(),
  }),
});

/** Graph error codes that mean "try again later" although the HTTP status is 400. */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 32, 341, 613]);

export function classifyGraphError(response: ProviderResponse): ConnectorError | null {
  const error = errorBody(graphErrorSchema, response)?.error;
  if (!error) return null;
  const code = Number(error.code);
  const throttled = code >= 80_000 && code < 80_100; // Marketing API rate limits
  if (error.is_transient === true || TRANSIENT_CODES.has(code) || throttled) {
    return unavailable(FACEBOOK);
  }
  return null;
}

/** One page of an edge: {"data": [...], "paging": {"cursors": {"before", "after"}, "next"}}. */
function edgePageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    data: list(item),
    paging: z.object({ cursors: z.object({ after: text }).nullish(), next: text }).nullish(),
  });
}

export interface GraphClient {
  /**
   * One Graph call. The token goes in the Authorization header, and appsecret_proof
   * ties it to this app (required when the app enables "Require App Secret").
   */
  call<T>(
    path: string,
    token: string,
    schema: z.ZodType<T>,
    request?: { query?: Record<string, string>; form?: Record<string, string> },
  ): Promise<T>;
  /** Every item of a paged edge, following the `after` cursor. */
  edge<Item extends z.ZodType>(
    path: string,
    token: string,
    query: Record<string, string>,
    item: Item,
  ): Promise<z.output<Item>[]>;
}

export function graphClient(options: {
  graphOrigin: string;
  version: string;
  appSecret: string;
}): GraphClient {
  const graph: GraphClient["call"] = (path, token, schema, request = {}) => {
    const url = new URL(`${options.graphOrigin}/${options.version}/${path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      url.searchParams.set(name, value);
    }
    url.searchParams.set(
      "appsecret_proof",
      createHmac("sha256", options.appSecret).update(token).digest("hex"),
    );
    const init: ProviderRequest = { accessToken: token };
    if (request.form) {
      init.method = "POST";
      init.form = request.form;
    }
    return call(FACEBOOK, url.toString(), schema, init, classifyGraphError);
  };

  return {
    call: graph,
    async edge(path, token, query, item) {
      const schema = edgePageSchema(item);
      const items: z.output<typeof item>[] = [];
      let after = "";
      do {
        const page = await graph(path, token, schema, {
          query: { limit: "100", ...query, ...(after && { after }) },
        });
        items.push(...page.data);
        after = page.paging?.next ? (page.paging.cursors?.after ?? "") : "";
      } while (after);
      return items;
    },
  };
}
