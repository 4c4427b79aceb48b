// One thing, over 300 lines: the invite document and the rules every invite change obeys (input, per-service checks, status), shared by web and functions.
import { z } from "zod";
import { otherPersonEmailSchema } from "./account";
import { isAccessLevelAllowed } from "./catalogue/access";
import { getService, isServiceId } from "./catalogue/services";
import { CLIENT_TYPES, type ClientType } from "./clients";
import { LOCALES } from "./i18n/locales";
import { docIdSchema } from "./ids";

/**
 * Invites: one-time access requests sent to a client, at
 * `agencies/{agencyId}/invites/{inviteId}`.
 */
export const SERVICE_STATUSES = ["pending", "granted", "skipped"] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const INVITE_STATUSES = ["pending", "in_progress", "complete"] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];
export const INVITE_STATUS_LABELS: Record<InviteStatus, string> = {
  pending: "Pending",
  in_progress: "In progress",
  complete: "Complete",
};

/** The words for a stored status (never the raw value, e.g. "in_progress"). */
export function inviteStatusLabel(status: string): string {
  return (INVITE_STATUSES as readonly string[]).includes(status)
    ? INVITE_STATUS_LABELS[status as InviteStatus]
    : status;
}

export const INTAKE_STATUSES = ["not_requested", "pending", "done"] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

export const MAX_SERVICES_PER_INVITE = 20;
export const MAX_CC = 5;
export const MAX_THANK_YOU_LENGTH = 1000;

/** One requested service, as the agency chooses it. */
export const requestedServiceSchema = z.object({
  serviceId: z.string().refine(isServiceId, { error: "Choose a service from the catalogue." }),
  accessLevel: z.string().min(1, "Choose an access level."),
  connectedAccountId: docIdSchema("Choose the account that receives access."),
  optional: z.boolean().default(false),
});
export type RequestedService = z.output<typeof requestedServiceSchema>;

export const redirectSchema = z
  .string()
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .refine(
    (value) => value === "" || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)),
    {
      error: "Use a web address starting with https:// or http://.",
    },
  );

/** The services part of an invite, with the same rules at creation and when editing. */
export const servicesSchema = z
  .array(requestedServiceSchema)
  .min(1, "Choose at least one service.")
  .max(MAX_SERVICES_PER_INVITE, `At most ${MAX_SERVICES_PER_INVITE} services per invite.`)
  .superRefine((services, ctx) => {
    const seen = new Set<string>();
    services.forEach((service, index) => {
      if (seen.has(service.serviceId)) {
        ctx.addIssue({
          code: "custom",
          path: [index, "serviceId"],
          message: "This service is already on the invite.",
        });
      }
      seen.add(service.serviceId);
    });
  });

/** Create Invite: the wizard's choices, validated again by the callable. */
export const createInviteInputSchema = z.object({
  clientId: docIdSchema("Choose or create a client first."),
  services: servicesSchema,
  intakeForm: z.boolean().default(false),
  thankYouMessage: z
    .string()
    .trim()
    .max(MAX_THANK_YOU_LENGTH, `Use at most ${MAX_THANK_YOU_LENGTH} characters.`)
    .default(""),
  redirectUrl: redirectSchema.default(""),
  sendEmail: z.boolean().default(true),
  /** Keep the tokens a platform sign-in returns (encrypted), for the agency's later use. */
  retainTokens: z.boolean().default(false),
});
export type CreateInviteInput = z.input<typeof createInviteInputSchema>;
export type CreateInviteFields = z.output<typeof createInviteInputSchema>;

/** What the client sees after granting access: the standard page, a thank you message or a redirect. */
export const AFTER_GRANT_CHOICES = ["standard", "message", "redirect"] as const;
export type AfterGrantChoice = (typeof AFTER_GRANT_CHOICES)[number];

/**
 * A thank you message or redirect chosen but left empty is refused beside its
 * field: sending it would silently show the standard page instead.
 */
export function afterGrantProblems(
  choice: AfterGrantChoice,
  values: { thankYouMessage?: string | undefined; redirectUrl?: string | undefined },
): Partial<Record<"thankYouMessage" | "redirectUrl", string>> {
  if (choice === "message" && !values.thankYouMessage?.trim()) {
    return {
      thankYouMessage: "Write the thank you message, or choose the standard thank you page.",
    };
  }
  if (choice === "redirect" && !values.redirectUrl?.trim()) {
    return { redirectUrl: "Enter the address to send the client to, or choose the standard page." };
  }
  return {};
}

/**
 * Checks that need the client and the agency's accounts: the level allowed for
 * the client's type, and an account of the right kind for each service.
 * Returns field paths -> messages, in the seed's troubleshooting words.
 */
export function inviteServiceProblems(
  services: RequestedService[],
  clientType: ClientType,
  accounts: { id: string; kind: string }[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  services.forEach((requested, index) => {
    if (!isServiceId(requested.serviceId)) return;
    const service = getService(requested.serviceId);
    if (!service.accessLevels.some((level) => level.id === requested.accessLevel)) {
      problems[`services.${index}.accessLevel`] =
        `${service.name} has no access level "${requested.accessLevel}".`;
    } else if (!isAccessLevelAllowed(requested.serviceId, requested.accessLevel, clientType)) {
      problems[`services.${index}.accessLevel`] =
        `Prospects can only be asked for read-only access to ${service.name}.`;
    }
    const account = accounts.find((candidate) => candidate.id === requested.connectedAccountId);
    if (!accounts.some((candidate) => candidate.kind === service.receivingAccountKind)) {
      problems[`services.${index}.connectedAccountId`] =
        `Connect an agency account for ${service.name} first (Settings → Connected accounts).`;
    } else if (!account || account.kind !== service.receivingAccountKind) {
      problems[`services.${index}.connectedAccountId`] =
        `Choose one of your ${service.name} accounts.`;
    }
  });
  return problems;
}

export { type InviteProgress, inviteStatus, serviceStillNeeded } from "./invite-status";

/** When the next reminder may go out, given the agency's cooldown. */
export function nextReminderAt(lastSentAt: Date | null, cooldownHours: number): Date | null {
  return lastSentAt ? new Date(lastSentAt.getTime() + cooldownHours * 60 * 60 * 1000) : null;
}

export function reminderAllowed(
  now: Date,
  lastSentAt: Date | null,
  cooldownHours: number,
): boolean {
  const next = nextReminderAt(lastSentAt, cooldownHours);
  return next === null || next.getTime() <= now.getTime();
}

/**
 * Edit an invite: the requested services (added, removed, level or account
 * changed) and whether to email the client. The thank-you message and redirect
 * are fixed at creation, so they are refused here.
 */
export const editInviteInputSchema = z.strictObject(
  {
    inviteId: docIdSchema("Missing invite."),
    services: servicesSchema,
    sendEmailUpdate: z.boolean().default(false),
  },
  {
    error:
      "The thank-you message and redirect are set when the invite is created and cannot be changed.",
  },
);
export type EditInviteInput = z.input<typeof editInviteInputSchema>;

/**
 * The invite's services after an edit: unchanged services keep their status;
 * a changed level or account (or a new service) is pending again, so the
 * client grants it anew.
 */
export function mergeEditedServices<Existing extends RequestedService & { status: ServiceStatus }>(
  existing: Existing[],
  edited: RequestedService[],
): (RequestedService & { status: ServiceStatus; changed: boolean })[] {
  return edited.map((service) => {
    const before = existing.find((candidate) => candidate.serviceId === service.serviceId);
    const unchanged =
      before !== undefined &&
      before.accessLevel === service.accessLevel &&
      before.connectedAccountId === service.connectedAccountId;
    return { ...service, status: unchanged ? before.status : "pending", changed: !unchanged };
  });
}

/**
 * The per-service checks for Edit invite. A service left as it was and already
 * granted or skipped keeps the account it was done for, even one removed from
 * Connected accounts since: only services the client still has to grant need
 * a connected account now.
 */
export function editServiceProblems(
  edited: RequestedService[],
  clientType: ClientType,
  accounts: { id: string; kind: string }[],
  stored: (RequestedService & { status: ServiceStatus })[],
): Record<string, string> {
  const problems = inviteServiceProblems(edited, clientType, accounts);
  mergeEditedServices(stored, edited).forEach((service, index) => {
    if (!service.changed && service.status !== "pending") {
      delete problems[`services.${index}.connectedAccountId`];
    }
  });
  return problems;
}

export const inviteIdInputSchema = z.object({
  inviteId: docIdSchema("Missing invite."),
});

/** The agency confirms a client-confirmed grant after checking the platform. */
export const markServiceVerifiedInputSchema = z.object({
  inviteId: docIdSchema("Missing invite."),
  serviceId: z.string().refine(isServiceId, { error: "Choose a service from the catalogue." }),
});
export type MarkServiceVerifiedInput = z.input<typeof markServiceVerifiedInputSchema>;

/** An owner or admin reveals a retained token; the reveal is recorded. */
export const revealTokenInputSchema = markServiceVerifiedInputSchema;
export type RevealTokenInput = MarkServiceVerifiedInput;

export const addCcInputSchema = z.object({
  inviteId: docIdSchema("Missing invite."),
  email: otherPersonEmailSchema("Enter the email address of the person to add in CC."),
});
export type AddCcInput = z.input<typeof addCcInputSchema>;

/** The platforms of an invite's services, stored on the invite so the board can filter by one. */
export function invitePlatforms(services: { serviceId: string }[]): string[] {
  const platforms = services
    .map((service) => service.serviceId)
    .filter(isServiceId)
    .map((id) => getService(id).platform);
  return [...new Set(platforms)].sort();
}

const storedServiceSchema = z.object({
  serviceId: z.string(),
  accessLevel: z.string(),
  optional: z.boolean().default(false),
  connectedAccount: z.object({
    id: z.string(),
    kind: z.string().optional(),
    label: z.string().optional(),
    value: z.string().optional(),
  }),
  status: z.enum(SERVICE_STATUSES),
  statusChangedAt: z.date().nullable().default(null),
  skipReason: z.string().nullable().default(null),
  /** How a granted service was granted: through the platform's sign-in, or the client says so. */
  grantedVia: z.enum(["connector", "client_confirmed"]).nullable().default(null),
  /** The client's account access was given for (sign-in grants). */
  grantedAccount: z.object({ id: z.string(), name: z.string() }).nullable().default(null),
  /** Set by the connector's check, or by the agency for a client-confirmed grant. */
  verifiedAt: z.date().nullable().default(null),
  verifiedBy: z.string().nullable().default(null),
  /** Present when the sign-in's tokens were retained; the secret itself is server-only. */
  tokenAccess: z
    .object({
      platform: z.string(),
      scopes: z.array(z.string()),
      expiresAt: z.date().nullable(),
      retainedAt: z.date(),
    })
    .nullable()
    .default(null),
});
export type StoredInviteService = z.output<typeof storedServiceSchema>;

/** `agencies/{agencyId}/invites/{inviteId}`, as the board reads it. */
export const inviteDocSchema = z.object({
  clientId: z.string(),
  client: z.object({
    name: z.string(),
    company: z.string(),
    email: z.string(),
    faviconUrl: z.string().nullable(),
    type: z.enum(CLIENT_TYPES),
    language: z.enum(LOCALES),
  }),
  services: z.array(storedServiceSchema),
  platforms: z.array(z.string()).default([]),
  /** The receiving accounts its services use (`inviteAccountIds`), for Settings to find them. */
  connectedAccountIds: z.array(z.string()).default([]),
  intake: z.object({ requested: z.boolean(), status: z.enum(INTAKE_STATUSES) }),
  status: z.enum(INVITE_STATUSES),
  thankYouMessage: z.string(),
  redirectUrl: z.string(),
  retainTokens: z.boolean().default(false),
  cc: z.array(z.string()),
  reminders: z.object({ count: z.number(), lastSentAt: z.date().nullable() }),
  emailDelivery: z
    .object({ state: z.string(), attempts: z.number().optional(), error: z.string().nullish() })
    .nullable()
    .default(null),
  createdAt: z.date(),
  createdBy: z.object({ uid: z.string(), name: z.string() }),
  updatedAt: z.date().optional(),
  /** Which of the invite's links is live (functions only; see inviteLinkVersion). */
  linkVersion: z.number().optional(),
  /** The access page (onboarding page) the visitor created this invite from, if any. */
  onboardingPage: z.object({ pageId: z.string(), name: z.string() }).nullish(),
});
export type InviteDoc = z.output<typeof inviteDocSchema>;

/** `agencies/{agencyId}/stats/invites`: invite counts per status, kept in the same transactions as the invites. */
export const inviteStatsSchema = z.object({
  total: z.number().default(0),
  pending: z.number().default(0),
  in_progress: z.number().default(0),
  complete: z.number().default(0),
});
export type InviteStats = z.output<typeof inviteStatsSchema>;

/** Why "Send email notification" cannot be on: the same words from the wizard and the callable. */
export const noEmailForInviteMessage = (clientName: string) =>
  `${clientName} has no email address. Add one, or turn off "Send email notification" and copy the link.`;

/** Why "Send email update" cannot be on (Edit invite), from the dialog and the callable. */
export const NO_EMAIL_FOR_UPDATE_MESSAGE =
  "This client has no email address. Copy the link and send it yourself.";
