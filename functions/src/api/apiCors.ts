import type { Request } from "firebase-functions/v2/https";
import { type ApiAnswer, ApiError } from "./apiHttp";

/**
 * Browsers on other sites. The REST API is for servers (Zapier, Make, a
 * CRM's back end): an API key in a web page is readable by anyone who opens
 * it. So a preflight (OPTIONS) gets 403 in the API's error shape and no
 * Access-Control-Allow-* headers, and the browser stops there, before the key
 * is sent; a request that carries another site's Origin anyway gets the same
 * 403 before its key is looked at. Servers send no Origin, and the app's own
 * origin is let through. The OpenAPI document alone is open to every origin:
 * it is public and needs no key.
 */
export function crossOriginAnswer(
  request: Request,
  path: string,
  appUrl: string,
): ApiAnswer | null {
  const isDocument = path === "/openapi.json";
  if (request.method === "OPTIONS") {
    if (!isDocument) return new ApiError("cross_origin_refused").answer();
    return {
      status: 204,
      body: null,
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET",
        "Access-Control-Max-Age": "86400",
      },
    };
  }
  const origin = request.header("origin");
  if (origin === undefined || isDocument) return null;
  if (origin === new URL(appUrl).origin) return null;
  return new ApiError("cross_origin_refused").answer();
}
