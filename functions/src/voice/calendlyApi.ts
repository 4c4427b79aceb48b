import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { CALENDLY_API_URL } from "../config";
import { type ProviderResponse, send, unavailable } from "../connectors/providerHttp";

/**
 * The three Calendly API calls behind a Calendly connection: who the token
 * belongs to, and creating or removing the webhook subscription. Errors become
 * HttpsErrors with messages for the agency; the token is never in one.
 */

const PROVIDER = "Calendly";
const CALENDLY_EVENTS = ["invitee.created", "invitee.canceled"] as const;

function apiUrl(path: string): string {
  return `${CALENDLY_API_URL.value().replace(/\/+$/, "")}${path}`;
}

const userSchema = z.object({
  resource: z.object({ uri: z.string(), current_organization: z.string() }),
});

const subscriptionSchema = z.object({ resource: z.object({ uri: z.string() }) });

/** Calendly's error body: `{title, message, details?}`. */
const errorSchema = z.object({ title: z.string(), message: z.string() });

const TOKEN_REFUSED =
  "Calendly refused this token. Create a new personal access token in Calendly (Integrations & apps → API & webhooks) and paste it whole.";

function refusal(response: ProviderResponse): HttpsError {
  const body = errorSchema.safeParse(response.body);
  const said = body.success ? ` Calendly said: “${body.data.message.slice(0, 200)}”` : "";
  if (response.status === 401) {
    return new HttpsError("invalid-argument", TOKEN_REFUSED, {
      fields: { personalAccessToken: TOKEN_REFUSED },
    });
  }
  if (response.status === 403) {
    return new HttpsError(
      "failed-precondition",
      `Calendly does not let this account create webhooks: they need a paid plan (Standard or above), and an organization owner's or admin's token.${said}`,
    );
  }
  if (response.status === 409) {
    return new HttpsError(
      "already-exists",
      `Calendly already has a webhook subscription for this connection's URL. Remove it in Calendly, or subscribe again from this connection.${said}`,
    );
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    return toHttps(unavailable(PROVIDER));
  }
  return new HttpsError("failed-precondition", `Calendly refused the subscription.${said}`);
}

function toHttps(error: Error): HttpsError {
  return new HttpsError("unavailable", error.message);
}

async function request(path: string, token: string, init: Parameters<typeof send>[2] = {}) {
  try {
    return await send(PROVIDER, path.startsWith("http") ? path : apiUrl(path), {
      ...init,
      accessToken: token,
    });
  } catch (error) {
    throw toHttps(error instanceof Error ? error : unavailable(PROVIDER));
  }
}

/** `GET /users/me`: the token's user and the organization its subscriptions belong to. */
export async function calendlyUser(token: string) {
  const response = await request("/users/me", token);
  if (!response.ok) throw refusal(response);
  const read = userSchema.safeParse(response.body);
  if (!read.success) throw toHttps(unavailable(PROVIDER));
  return {
    userUri: read.data.resource.uri,
    organizationUri: read.data.resource.current_organization,
  };
}

/** `POST /webhook_subscriptions` for the organization, signed with `signingKey`. */
export async function createCalendlySubscription(
  token: string,
  subscription: { url: string; organizationUri: string; signingKey: string },
): Promise<string> {
  const response = await request("/webhook_subscriptions", token, {
    method: "POST",
    json: {
      url: subscription.url,
      events: CALENDLY_EVENTS,
      organization: subscription.organizationUri,
      scope: "organization",
      signing_key: subscription.signingKey,
    },
  });
  if (!response.ok) throw refusal(response);
  const read = subscriptionSchema.safeParse(response.body);
  if (!read.success) throw toHttps(unavailable(PROVIDER));
  return read.data.resource.uri;
}

/**
 * `DELETE` of a subscription Portico created. Only URIs under the configured
 * API are called (the URI was stored from Calendly's answer); one already gone
 * counts as removed.
 */
export async function deleteCalendlySubscription(token: string, subscriptionUri: string) {
  const ownUri = new URL(apiUrl("/webhook_subscriptions/"));
  const uri = new URL(subscriptionUri);
  if (uri.origin !== ownUri.origin || !uri.pathname.startsWith(ownUri.pathname)) return;
  const response = await request(uri.toString(), token, { method: "DELETE" });
  if (!response.ok && response.status !== 404) throw refusal(response);
}
