import { z } from "zod";
import {
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "../connector";
import { anyAnswer, list, text } from "../providerHttp";
import {
  agencyEmail,
  allPages,
  type GoogleEndpoints,
  type GoogleService,
  googleCall,
  mapLevel,
  pageTokenField,
} from "./googleApi";

// Answers of the Tag Manager API v2, as documented. Only the fields read.

const accountsSchema = z.object({
  account: list(z.object({ accountId: text, name: text })),
  ...pageTokenField,
});

const containersSchema = z.object({
  container: list(z.object({ containerId: text, name: text, publicId: text })),
  ...pageTokenField,
});

/**
 * A user's access to one account and its containers. Loose: an update sends the
 * permission back whole, so fields the connector does not read are kept.
 */
const userPermissionSchema = z.looseObject({
  path: text,
  emailAddress: text,
  containerAccess: list(z.looseObject({ containerId: text, permission: text })),
});
type UserPermission = z.output<typeof userPermissionSchema>;

const userPermissionsSchema = z.object({
  userPermission: list(userPermissionSchema),
  ...pageTokenField,
});

/** Container permissions, most privileged first. */
const GTM_PERMISSIONS = ["publish", "approve", "edit", "read"] as const;
const GTM_LEVELS: Record<string, (typeof GTM_PERMISSIONS)[number]> = {
  publish: "publish",
  approve: "approve",
  edit: "edit",
  read: "read",
};

function gtmCovers(permission: string, wanted: string): boolean {
  const have = GTM_PERMISSIONS.indexOf(permission as (typeof GTM_PERMISSIONS)[number]);
  return have !== -1 && have <= GTM_PERMISSIONS.indexOf(wanted as (typeof GTM_PERMISSIONS)[number]);
}

/** Account ids are "accounts/{a}/containers/{c}", the container's path in the API. */
function container(account: ConnectorAccount) {
  const match = /^accounts\/(\d+)\/containers\/(\d+)$/.exec(account.id);
  if (!match?.[1] || !match[2]) {
    throw new ConnectorError("Choose a Google Tag Manager container.", "refused");
  }
  return { accountId: match[1], containerId: match[2] };
}

export function tagManager(endpoints: GoogleEndpoints): GoogleService {
  const api = `${endpoints.tagManager}/tagmanager/v2`;
  /** Every page of a list under `path`; `items` picks the list out of a page. */
  const listAll = <Page extends { nextPageToken: string }, Item>(
    tokens: ConnectorTokens,
    path: string,
    schema: z.ZodType<Page>,
    items: (page: Page) => Item[],
  ) =>
    allPages(async (pageToken) => {
      const url = new URL(`${api}/${path}`);
      if (pageToken) url.searchParams.set("pageToken", pageToken);
      const page = await googleCall(url.toString(), schema, { accessToken: tokens.accessToken });
      return { items: items(page), nextPageToken: page.nextPageToken };
    });

  const permissionFor = async (tokens: ConnectorTokens, grant: GrantRequest) => {
    const email = agencyEmail(grant);
    const { accountId, containerId } = container(grant.account);
    const permissions = await listAll(
      tokens,
      `accounts/${accountId}/user_permissions`,
      userPermissionsSchema,
      (page) => page.userPermission,
    );
    const permission: UserPermission | undefined = permissions.find(
      (item) => item.emailAddress.toLowerCase() === email,
    );
    const access = permission?.containerAccess.find((item) => item.containerId === containerId);
    return { email, accountId, containerId, permission, current: access?.permission ?? "" };
  };

  return {
    scopes: [
      "https://www.googleapis.com/auth/tagmanager.readonly",
      "https://www.googleapis.com/auth/tagmanager.manage.users",
    ],
    async list(tokens) {
      const accounts = await listAll(tokens, "accounts", accountsSchema, (page) => page.account);
      const perAccount = await Promise.all(
        accounts.map(async (account) => {
          const containers = await listAll(
            tokens,
            `accounts/${account.accountId}/containers`,
            containersSchema,
            (page) => page.container,
          );
          return containers.map(
            (item): ConnectorAccount => ({
              id: `accounts/${account.accountId}/containers/${item.containerId}`,
              name: item.name || item.publicId,
              detail: [item.publicId, account.name].filter(Boolean).join(" · "),
            }),
          );
        }),
      );
      return perAccount.flat();
    },
    async grant(tokens, grant) {
      const wanted = mapLevel(grant.serviceId, GTM_LEVELS, grant.accessLevel);
      const found = await permissionFor(tokens, grant);
      if (gtmCovers(found.current, wanted)) return;
      const containerAccess = { containerId: found.containerId, permission: wanted };
      if (found.permission) {
        // The agency is already a user of the account: add or raise this container only.
        const others = found.permission.containerAccess.filter(
          (item) => item.containerId !== found.containerId,
        );
        await googleCall(`${api}/${found.permission.path}`, anyAnswer, {
          method: "PUT",
          accessToken: tokens.accessToken,
          json: { ...found.permission, containerAccess: [...others, containerAccess] },
        });
        return;
      }
      await googleCall(`${api}/accounts/${found.accountId}/user_permissions`, anyAnswer, {
        accessToken: tokens.accessToken,
        json: {
          accountId: found.accountId,
          emailAddress: found.email,
          // Account-level "user" only: the level is for the container, not the account.
          accountAccess: { permission: "user" },
          containerAccess: [containerAccess],
        },
      });
    },
    async verify(tokens, grant) {
      const wanted = mapLevel(grant.serviceId, GTM_LEVELS, grant.accessLevel);
      return gtmCovers((await permissionFor(tokens, grant)).current, wanted);
    },
  };
}
