import type { ClientType } from "@portico/domain/clients";
import { inviteAccountIds } from "@portico/domain/connected-accounts";
import type { Locale } from "@portico/domain/i18n/locales";
import {
  type InviteStatus,
  invitePlatforms,
  inviteStatus,
  type RequestedService,
} from "@portico/domain/invites";

export interface InviteClientSnapshot {
  name: string;
  company: string;
  email: string;
  faviconUrl: string | null;
  type: ClientType;
  language: Locale;
}

export interface ReceivingAccount {
  id: string;
  kind: string;
  label: string;
  value: string;
}

/** A requested service as stored, pending, with a snapshot of the account that receives it. */
export function pendingServiceRecord(requested: RequestedService, accounts: ReceivingAccount[]) {
  const account = accounts.find((candidate) => candidate.id === requested.connectedAccountId);
  return {
    serviceId: requested.serviceId,
    accessLevel: requested.accessLevel,
    optional: requested.optional,
    connectedAccount: {
      id: requested.connectedAccountId,
      kind: account?.kind,
      label: account?.label,
      value: account?.value,
    },
    status: "pending" as const,
    statusChangedAt: null,
    skipReason: null,
    grantedVia: null,
    grantedAccount: null,
    verifiedAt: null,
    verifiedBy: null,
    tokenAccess: null,
  };
}

/**
 * A new invite's fields, as createInvite stores them (the seed writes the same
 * shape): a snapshot of the client and of each receiving account, every
 * service pending, the status from the domain rule.
 */
export function newInviteRecord(input: {
  clientId: string;
  client: InviteClientSnapshot;
  services: RequestedService[];
  accounts: ReceivingAccount[];
  intakeForm: boolean;
  thankYouMessage: string;
  redirectUrl: string;
  retainTokens?: boolean;
  createdBy: { uid: string; name: string };
}) {
  const services = input.services.map((requested) =>
    pendingServiceRecord(requested, input.accounts),
  );
  const intake = {
    requested: input.intakeForm,
    status: input.intakeForm ? ("pending" as const) : ("not_requested" as const),
  };
  // All services optional and no intake form: complete from the start.
  const status: InviteStatus = inviteStatus({ services, intake });
  return {
    clientId: input.clientId,
    client: input.client,
    services,
    platforms: invitePlatforms(services),
    connectedAccountIds: inviteAccountIds(services),
    intake,
    status,
    thankYouMessage: input.thankYouMessage,
    redirectUrl: input.redirectUrl,
    retainTokens: input.retainTokens ?? false,
    cc: [] as string[],
    reminders: { count: 0, lastSentAt: null },
    emailDelivery: null,
    createdBy: input.createdBy,
  };
}
