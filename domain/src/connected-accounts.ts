import { z } from "zod";
import { isPlatformId } from "./catalogue/platforms";
import {
  isReceivingAccountKindId,
  parseReceivingAccountId,
  RECEIVING_ACCOUNT_KINDS,
  type ReceivingAccountKindId,
} from "./catalogue/receiving-accounts";
import { docIdSchema } from "./ids";

/**
 * `agencies/{agencyId}/connectedAccounts/{accountId}`: one of the agency's own
 * receiving accounts (a Google Ads manager ID, a Meta Business ID, the agency
 * email a platform invites...). Several per kind are allowed.
 */
export const connectedAccountDocSchema = z.object({
  kind: z.string().refine(isReceivingAccountKindId),
  platform: z.string().refine(isPlatformId),
  label: z.string(),
  value: z.string(),
  createdAt: z.date(),
});
export type ConnectedAccountDoc = z.output<typeof connectedAccountDocSchema>;

/** Add or edit a connected account; the ID is validated with its platform's rule. */
export const saveConnectedAccountInputSchema = z
  .object({
    accountId: docIdSchema("Missing account.").nullish(),
    kind: z.string({ error: "Choose the kind of account." }).refine(isReceivingAccountKindId, {
      error: "Choose the kind of account.",
    }),
    label: z.string().trim().max(60, "Use at most 60 characters.").default(""),
    value: z.string({ error: "Enter the account ID." }),
  })
  .transform((input, ctx) => {
    const kind = input.kind as ReceivingAccountKindId;
    const parsed = parseReceivingAccountId(kind, input.value);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", path: ["value"], message: parsed.message });
      return z.NEVER;
    }
    const definition = RECEIVING_ACCOUNT_KINDS[kind];
    return {
      accountId: input.accountId ?? null,
      kind,
      platform: definition.platform,
      label: input.label || definition.label,
      value: parsed.value,
    };
  });
export type SaveConnectedAccountInput = z.input<typeof saveConnectedAccountInputSchema>;

/**
 * The name the agency gave an account, or null when it gave none: an account
 * saved without a name stores its kind's label, which the list already shows.
 */
export function connectedAccountName(account: { kind: string; label: string }): string | null {
  const label = account.label.trim();
  if (label === "") return null;
  const kind = isReceivingAccountKindId(account.kind)
    ? RECEIVING_ACCOUNT_KINDS[account.kind]
    : null;
  return label === kind?.label ? null : label;
}

export const removeConnectedAccountInputSchema = z.object({
  accountId: docIdSchema("Missing account."),
});

/**
 * The receiving accounts an invite's services use, stored on the invite as
 * `connectedAccountIds` so Settings can find the invites an account serves.
 */
export function inviteAccountIds(services: { connectedAccount: { id: string } }[]): string[] {
  return [...new Set(services.map((service) => service.connectedAccount.id))]
    .filter(Boolean)
    .sort();
}

/**
 * The services of an open invite that still wait for the client but whose
 * receiving account is no longer connected: the client cannot grant them
 * until the agency picks another account (Edit). Computed from the live
 * connected accounts, so reconnecting or editing clears it at once.
 */
export function servicesAwaitingAccount<
  Service extends { status: string; connectedAccount: { id: string } },
>(invite: { status: string; services: Service[] }, connected: ReadonlySet<string>): Service[] {
  if (invite.status === "complete") return [];
  return invite.services.filter(
    (service) => service.status === "pending" && !connected.has(service.connectedAccount.id),
  );
}
