/**
 * A local Calendly API for tests, speaking Calendly's v2 request and response
 * format for the calls Portico makes: `GET /users/me`, `POST
 * /webhook_subscriptions` and `DELETE /webhook_subscriptions/{uuid}`. It
 * keeps the subscriptions it was asked for (with their signing keys), so a
 * test can sign webhooks as Calendly would.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

export interface FakeCalendlySubscription {
  uri: string;
  callbackUrl: string;
  events: string[];
  organization: string;
  scope: string;
  signingKey: string | null;
  token: string;
  state: "active" | "deleted";
}

export interface FakeCalendly {
  baseUrl: string;
  /** Tokens it accepts, each for its own user and organization. */
  acceptToken(token: string, options?: { plan?: "free" | "standard" }): void;
  subscriptions: FakeCalendlySubscription[];
  close(): Promise<void>;
}

function answer(response: ServerResponse, status: number, body?: unknown) {
  response.writeHead(status, body === undefined ? {} : { "content-type": "application/json" });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const UNAUTHENTICATED = { title: "Unauthenticated", message: "The access token is invalid" };

export async function startFakeCalendly(port: number): Promise<FakeCalendly> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, { user: string; organization: string; plan: string }>();
  const subscriptions: FakeCalendlySubscription[] = [];

  const server = createServer((request, response) => {
    void (async () => {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1] ?? "";
      const account = accounts.get(token);
      if (!account) return answer(response, 401, UNAUTHENTICATED);
      const url = new URL(request.url ?? "/", baseUrl);

      if (request.method === "GET" && url.pathname === "/users/me") {
        return answer(response, 200, {
          resource: {
            uri: account.user,
            name: "Agency Owner",
            slug: "agency-owner",
            email: "owner@agency.test",
            scheduling_url: "https://calendly.com/agency-owner",
            timezone: "America/New_York",
            avatar_url: null,
            created_at: "2026-01-01T00:00:00.000000Z",
            updated_at: "2026-01-01T00:00:00.000000Z",
            current_organization: account.organization,
          },
        });
      }

      if (request.method === "POST" && url.pathname === "/webhook_subscriptions") {
        const body = await readJson(request);
        const events = Array.isArray(body?.events) ? (body.events as string[]) : [];
        if (
          typeof body?.url !== "string" ||
          events.length === 0 ||
          typeof body.organization !== "string" ||
          (body.scope !== "organization" && body.scope !== "user")
        ) {
          return answer(response, 400, {
            title: "Invalid Argument",
            message: "The supplied parameters are invalid.",
          });
        }
        if (body.organization !== account.organization) {
          return answer(response, 403, {
            title: "Permission Denied",
            message: "You do not have permission to access this resource.",
          });
        }
        if (account.plan === "free") {
          return answer(response, 403, {
            title: "Permission Denied",
            message: "Please upgrade your Calendly account to Standard",
          });
        }
        if (subscriptions.some((s) => s.state === "active" && s.callbackUrl === body.url)) {
          return answer(response, 409, {
            title: "Already Exists",
            message: "Hook with this url already exists",
          });
        }
        const subscription: FakeCalendlySubscription = {
          uri: `${baseUrl}/webhook_subscriptions/${randomUUID()}`,
          callbackUrl: body.url,
          events,
          organization: body.organization,
          scope: body.scope,
          signingKey: typeof body.signing_key === "string" ? body.signing_key : null,
          token,
          state: "active",
        };
        subscriptions.push(subscription);
        const now = new Date().toISOString();
        return answer(response, 201, {
          resource: {
            uri: subscription.uri,
            callback_url: subscription.callbackUrl,
            created_at: now,
            updated_at: now,
            retry_started_at: null,
            state: "active",
            events,
            scope: subscription.scope,
            organization: subscription.organization,
            user: subscription.scope === "user" ? account.user : null,
            group: null,
            creator: account.user,
          },
        });
      }

      const deleting = /^\/webhook_subscriptions\/([\w-]+)$/.exec(url.pathname);
      if (request.method === "DELETE" && deleting) {
        const found = subscriptions.find(
          (s) => s.state === "active" && s.uri === `${baseUrl}${url.pathname}`,
        );
        if (!found) {
          return answer(response, 404, {
            title: "Resource Not Found",
            message: "The server could not find the requested resource.",
          });
        }
        found.state = "deleted";
        return answer(response, 204);
      }
      return answer(response, 404, {
        title: "Resource Not Found",
        message: "The server could not find the requested resource.",
      });
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    baseUrl,
    subscriptions,
    acceptToken(token, options = {}) {
      const id = randomUUID();
      accounts.set(token, {
        user: `https://api.calendly.com/users/${id}`,
        organization: `https://api.calendly.com/organizations/${id}`,
        plan: options.plan ?? "standard",
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
