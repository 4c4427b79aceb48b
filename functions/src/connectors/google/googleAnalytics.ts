import { z } from "zod";
import {
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "../connector";
import { anyAnswer, errorForStatus, list, send, text } from "../providerHttp";
import {
  agencyEmail,
  allPages,
  digits,
  GOOGLE,
  type GoogleEndpoints,
  type GoogleService,
  googleCall,
  googleStatus,
  mapLevel,
  pageTokenField,
} from "./googleApi";

// Answers of the Google Analytics Admin API, as documented. Only the fields read.

/** v1beta accountSummaries.list: each account with its GA4 properties. */
const accountSummariesSchema = z.object({
  accountSummaries: list(
    z.object({
      displayName: text,
      propertySummaries: list(z.object({ property: text, displayName: text })),
    }),
  ),
  ...pageTokenField,
});

/** v1alpha properties.accessBindings: a user's (or group's) roles on the property. */
const accessBindingSchema = z.object({ name: text, user: text, roles: list(z.string()) });
type AccessBinding = z.output<typeof accessBindingSchema>;

const accessBindingsSchema = z.object({
  accessBindings: list(accessBindingSchema),
  ...pageTokenField,
});

/** Most privileged first, so a higher index is less access. */
const GA_ROLES = [
  "predefinedRoles/admin",
  "predefinedRoles/editor",
  // The Admin API reference lists admin, editor, analyst and viewer; Marketer is the
  // newer property role between Editor and Analyst, sent under the same naming.
  "predefinedRoles/marketer",
  "predefinedRoles/analyst",
  "predefinedRoles/viewer",
] as const;

const GA_LEVELS: Record<string, (typeof GA_ROLES)[number]> = {
  administrator: "predefinedRoles/admin",
  editor: "predefinedRoles/editor",
  marketer: "predefinedRoles/marketer",
  analyst: "predefinedRoles/analyst",
  viewer: "predefinedRoles/viewer",
};

/** True when `roles` include `wanted` or a role above it. */
function gaCovers(roles: readonly string[], wanted: string): boolean {
  const rank = GA_ROLES.indexOf(wanted as (typeof GA_ROLES)[number]);
  return roles.some((role) => {
    const index = GA_ROLES.indexOf(role as (typeof GA_ROLES)[number]);
    return index !== -1 && index <= rank;
  });
}

function property(account: ConnectorAccount): string {
  const id = digits(account.id);
  if (!id) throw new ConnectorError("Choose a Google Analytics property.", "refused");
  return `properties/${id}`;
}

export function googleAnalytics(endpoints: GoogleEndpoints): GoogleService {
  const admin = endpoints.analyticsAdmin;
  const bindings = (tokens: ConnectorTokens, account: ConnectorAccount) =>
    allPages(async (pageToken) => {
      const url = new URL(`${admin}/v1alpha/${property(account)}/accessBindings`);
      url.searchParams.set("pageSize", "500");
      if (pageToken) url.searchParams.set("pageToken", pageToken);
      const page = await googleCall(url.toString(), accessBindingsSchema, {
        accessToken: tokens.accessToken,
      });
      return { items: page.accessBindings, nextPageToken: page.nextPageToken };
    });
  const bindingFor = async (
    tokens: ConnectorTokens,
    grant: GrantRequest,
  ): Promise<AccessBinding | undefined> => {
    const email = agencyEmail(grant);
    return (await bindings(tokens, grant.account)).find(
      (binding) => binding.user.toLowerCase() === email,
    );
  };

  return {
    // Listing properties needs read access; access bindings need manage.users.
    scopes: [
      "https://www.googleapis.com/auth/analytics.readonly",
      "https://www.googleapis.com/auth/analytics.manage.users",
    ],
    list: (tokens) =>
      allPages(async (pageToken) => {
        const url = new URL(`${admin}/v1beta/accountSummaries`);
        url.searchParams.set("pageSize", "200");
        if (pageToken) url.searchParams.set("pageToken", pageToken);
        const page = await googleCall(url.toString(), accountSummariesSchema, {
          accessToken: tokens.accessToken,
        });
        const items = page.accountSummaries.flatMap((summary) =>
          summary.propertySummaries.flatMap((item): ConnectorAccount[] => {
            const id = digits(item.property);
            if (!id) return [];
            const accountName = summary.displayName;
            return [
              {
                id: `properties/${id}`,
                name: item.displayName || id,
                detail: accountName ? `${accountName} · ${id}` : id,
              },
            ];
          }),
        );
        return { items, nextPageToken: page.nextPageToken };
      }),
    async grant(tokens, grant) {
      const email = agencyEmail(grant);
      const role = mapLevel(grant.serviceId, GA_LEVELS, grant.accessLevel);
      const url = `${admin}/v1alpha/${property(grant.account)}/accessBindings`;
      const response = await send(GOOGLE, url, {
        accessToken: tokens.accessToken,
        json: { user: email, roles: [role] },
      });
      if (response.ok) return;
      if (response.status !== 409 && googleStatus(response) !== "ALREADY_EXISTS") {
        throw errorForStatus(GOOGLE, response.status);
      }
      // The agency already has a binding: keep it when it gives at least this role,
      // otherwise raise it. Never lower what the client gave before.
      const existing = await bindingFor(tokens, grant);
      if (!existing) throw errorForStatus(GOOGLE, response.status);
      if (gaCovers(existing.roles, role)) return;
      await googleCall(`${admin}/v1alpha/${existing.name}`, anyAnswer, {
        method: "PATCH",
        accessToken: tokens.accessToken,
        json: { name: existing.name, user: email, roles: [role] },
      });
    },
    async verify(tokens, grant) {
      const role = mapLevel(grant.serviceId, GA_LEVELS, grant.accessLevel);
      const existing = await bindingFor(tokens, grant);
      return existing !== undefined && gaCovers(existing.roles, role);
    },
  };
}
