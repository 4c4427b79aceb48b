import { z } from "zod";
import {
  type ConnectorAccount,
  ConnectorError,
  type ConnectorTokens,
  type GrantRequest,
} from "../connector";
import { anyAnswer, list, type ProviderRequest, text } from "../providerHttp";
import {
  agencyEmail,
  allPages,
  digits,
  type GoogleEndpoints,
  type GoogleService,
  googleCall,
  mapLevel,
  pageTokenField,
} from "./googleApi";

/** Google retires each Ads API version about a year after release; bump it with the calendar. */
const DEFAULT_ADS_API_VERSION = "v26";

// Answers of the Google Ads REST API, as documented (JSON names are camelCase;
// int64 ids arrive as strings). Only the fields the connector reads.

/** customers:listAccessibleCustomers. */
const accessibleCustomersSchema = z.object({ resourceNames: list(z.string()) });

/** One page of googleAds:search; each row holds the resources the GAQL query selected. */
function searchPageSchema<Row extends z.ZodType>(row: Row) {
  return z.object({ results: list(row), ...pageTokenField });
}

const customerRow = z.object({
  customer: z.object({ id: text, descriptiveName: text, manager: z.boolean().nullish() }),
});

const managerLinkRow = z.object({
  customerManagerLink: z.object({ resourceName: text, managerCustomer: text, status: text }),
});

const userAccessRow = z.object({
  customerUserAccess: z.object({ emailAddress: text, accessRole: text }),
});

const invitationRow = z.object({
  customerUserAccessInvitation: z.object({
    emailAddress: text,
    accessRole: text,
    invitationStatus: text,
  }),
});

const ACCESS_ROLES: Record<string, string> = {
  admin: "ADMIN",
  standard: "STANDARD",
  "read-only": "READ_ONLY",
  "email-only": "EMAIL_ONLY",
};

function dashed(customerId: string): string {
  return `${customerId.slice(0, 3)}-${customerId.slice(3, 6)}-${customerId.slice(6)}`;
}

function customerId(account: ConnectorAccount): string {
  const id = digits(account.id);
  if (id.length !== 10) throw new ConnectorError("Choose a Google Ads account.", "refused");
  return id;
}

export function googleAds(
  endpoints: GoogleEndpoints,
  options: { developerToken?: string; adsApiVersion?: string },
): GoogleService {
  const base = `${endpoints.ads}/${options.adsApiVersion ?? DEFAULT_ADS_API_VERSION}`;
  const request = (tokens: ConnectorTokens, extra: ProviderRequest = {}): ProviderRequest => ({
    ...extra,
    accessToken: tokens.accessToken,
    headers: { "developer-token": options.developerToken ?? "" },
  });
  /** One GAQL query in the client's own account (no login-customer-id: the client signs in directly). */
  const search = <Row extends z.ZodType>(
    tokens: ConnectorTokens,
    id: string,
    query: string,
    row: Row,
  ): Promise<z.output<Row>[]> =>
    allPages(async (pageToken) => {
      const page = await googleCall(
        `${base}/customers/${id}/googleAds:search`,
        searchPageSchema(row),
        request(tokens, { json: pageToken ? { query, pageToken } : { query } }),
      );
      return { items: page.results, nextPageToken: page.nextPageToken };
    });

  /** The link between the client's account and the agency's manager, as seen from the client. */
  const managerLinks = async (tokens: ConnectorTokens, grant: GrantRequest) => {
    const managerId = digits(grant.agencyAccount.value);
    const rows = await search(
      tokens,
      customerId(grant.account),
      "SELECT customer_manager_link.resource_name, customer_manager_link.manager_customer, customer_manager_link.status FROM customer_manager_link",
      managerLinkRow,
    );
    return rows
      .map((row) => row.customerManagerLink)
      .filter((link) => link.managerCustomer === `customers/${managerId}`);
  };

  /** Existing user access and pending invitations for the agency's email. */
  const userAccess = async (tokens: ConnectorTokens, grant: GrantRequest) => {
    const email = agencyEmail(grant);
    const id = customerId(grant.account);
    const users = await search(
      tokens,
      id,
      "SELECT customer_user_access.email_address, customer_user_access.access_role FROM customer_user_access",
      userAccessRow,
    );
    const invitations = await search(
      tokens,
      id,
      "SELECT customer_user_access_invitation.email_address, customer_user_access_invitation.access_role, customer_user_access_invitation.invitation_status FROM customer_user_access_invitation WHERE customer_user_access_invitation.invitation_status = 'PENDING'",
      invitationRow,
    );
    const matches = (record: { emailAddress: string }) =>
      record.emailAddress.toLowerCase() === email;
    return {
      email,
      user: users.map((row) => row.customerUserAccess).find(matches),
      invitation: invitations.map((row) => row.customerUserAccessInvitation).find(matches),
    };
  };

  /** A customer's name and kind; a cancelled or suspended one refuses queries but shows by number. */
  const describe = async (tokens: ConnectorTokens, id: string): Promise<ConnectorAccount> => {
    try {
      const [row] = await search(
        tokens,
        id,
        "SELECT customer.id, customer.descriptive_name, customer.manager FROM customer",
        customerRow,
      );
      const name = row?.customer.descriptiveName || dashed(id);
      const kind = row?.customer.manager === true ? "Manager account" : "Ad account";
      return { id, name, detail: `${kind} · ${dashed(id)}` };
    } catch (error) {
      if (error instanceof ConnectorError && error.reason === "refused") {
        return { id, name: dashed(id), detail: dashed(id) };
      }
      throw error;
    }
  };

  return {
    scopes: ["https://www.googleapis.com/auth/adwords"],
    async list(tokens) {
      const { resourceNames } = await googleCall(
        `${base}/customers:listAccessibleCustomers`,
        accessibleCustomersSchema,
        request(tokens),
      );
      const ids = resourceNames.map(digits).filter((id) => id.length === 10);
      return Promise.all(ids.map((id) => describe(tokens, id)));
    },
    async grant(tokens, grant) {
      if (grant.agencyAccount.kind === "google-account") {
        // User invitation: the agency accepts it from the email Google sends.
        const accessRole = mapLevel(grant.serviceId, ACCESS_ROLES, grant.accessLevel);
        const access = await userAccess(tokens, grant);
        if (access.user || access.invitation) return;
        await googleCall(
          `${base}/customers/${customerId(grant.account)}/customerUserAccessInvitations:mutate`,
          anyAnswer,
          request(tokens, {
            json: { operation: { create: { emailAddress: access.email, accessRole } } },
          }),
        );
        return;
      }
      if (grant.agencyAccount.kind !== "google-ads-manager") {
        throw new ConnectorError("The agency's Google Ads account is not set up.", "refused");
      }
      // A manager link can only be started by the manager (CustomerClientLink, with
      // the agency's credentials); the client's side can only accept it. So this
      // accepts the agency's pending request, and succeeds when the link is active.
      // The access level does not apply: a manager's users keep their own roles.
      const links = await managerLinks(tokens, grant);
      if (links.some((link) => link.status === "ACTIVE")) return;
      const pending = links.find((link) => link.status === "PENDING");
      if (!pending) {
        throw new ConnectorError(
          "The agency's Google Ads manager account has not sent a link request to this account yet.",
          "refused",
        );
      }
      await googleCall(
        `${base}/customers/${customerId(grant.account)}/customerManagerLinks:mutate`,
        anyAnswer,
        request(tokens, {
          json: {
            operations: [
              {
                updateMask: "status",
                update: { resourceName: pending.resourceName, status: "ACTIVE" },
              },
            ],
          },
        }),
      );
    },
    async verify(tokens, grant) {
      if (grant.agencyAccount.kind === "google-account") {
        // A pending invitation has not taken effect until the agency accepts it.
        return Boolean((await userAccess(tokens, grant)).user);
      }
      return (await managerLinks(tokens, grant)).some((link) => link.status === "ACTIVE");
    },
  };
}
