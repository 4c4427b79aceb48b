import { accessPageModel, agencyLook, unavailablePageTexts } from "@portico/domain/access-page";
import type {
  AccessPageModel,
  UnavailablePageDetails,
  UnavailableReason,
} from "@portico/domain/access-page-model";
import { isServiceId, type ServiceId } from "@portico/domain/catalogue/services";
import { isLocale, type Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import { type IntakeForm, intakeFormSchema, localizeQuestion } from "@portico/domain/intake";
import { inviteStatus, serviceStillNeeded } from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import { TOKEN_PATTERN } from "@portico/domain/tokens";
import type { DocumentReference, DocumentSnapshot, Transaction } from "firebase-admin/firestore";
import { type CallableRequest, HttpsError } from "firebase-functions/v2/https";
import type { z } from "zod";
import { db } from "../admin";
import { parseInput } from "../callable";
import { connectableServices } from "../connectors/registry";
import { converters, refs, type StoredInvite, type StoredInviteService } from "../documents";
import { LINK_LIMITS, limitAnonymousCall } from "../rateLimit";
import { readBranding, readGeneralSettings } from "../settings/agencySettings";
import { type ReadToken, readToken } from "../tokens/invitationTokens";

/**
 * The invite behind a link token, for the client's page and its actions.
 * Only reads: opening the link changes nothing.
 */
export interface OpenedInvite {
  agencyId: string;
  ref: DocumentReference<StoredInvite>;
  snapshot: DocumentSnapshot<StoredInvite>;
  invite: StoredInvite;
  clientId: string;
  services: StoredService[];
  /** The page's language: the client's pick, else the client's language. */
  locale: Locale;
}

/** A service as stored: the schema's fields, with Timestamps, defaults possibly missing. */
export type StoredService = StoredInviteService;

/** The page for a link nobody can place: the browser's language, no agency. */
function unavailable(reason: UnavailableReason, locale: Locale): HttpsError {
  const texts = unavailablePageTexts(locale, reason);
  const details: UnavailablePageDetails = {
    unavailable: { reason, locale, ...texts, agency: null },
  };
  return new HttpsError("not-found", texts.title, details);
}

/**
 * The page for a link the server can place (expired, replaced, withdrawn):
 * the agency's look, in the client's language (their pick, else the invite's,
 * else the agency's default), as the live page would have been.
 */
async function brandedUnavailable(
  reason: UnavailableReason,
  record: ReadToken,
  invite: DocumentSnapshot<StoredInvite> | null,
  pickedLocale: Locale | undefined,
): Promise<HttpsError> {
  const [branding, settings] = await Promise.all([
    readBranding(record.agencyId),
    readGeneralSettings(record.agencyId),
  ]);
  // Checked, not trusted: an unknown language falls back to the agency's default.
  const clientLanguage: unknown = invite?.data()?.client.language;
  const locale =
    pickedLocale ?? (isLocale(clientLanguage) ? clientLanguage : settings.defaultLocale);
  const texts = unavailablePageTexts(locale, reason, branding.displayName);
  const details: UnavailablePageDetails = {
    unavailable: { reason, locale, ...texts, agency: agencyLook(branding) },
  };
  return new HttpsError("not-found", texts.title, details);
}

/**
 * Parses a page callable's input and counts the call against the link's and
 * the caller's rate limits. A link token that is not even well formed gets
 * the same "this link isn't valid" page as an unknown one.
 */
export async function pageInput<Schema extends z.ZodType>(
  request: CallableRequest<unknown>,
  schema: Schema,
): Promise<z.output<Schema>> {
  const fields = (request.data ?? {}) as {
    token?: unknown;
    locale?: unknown;
    fallbackLocale?: unknown;
  };
  if (typeof fields.token !== "string" || !TOKEN_PATTERN.test(fields.token)) {
    const locale = [fields.locale, fields.fallbackLocale].find(isLocale) ?? "en";
    throw unavailable("invalid", locale);
  }
  const input = parseInput(schema, request.data);
  await limitAnonymousCall(
    request,
    LINK_LIMITS,
    fields.token,
    isLocale(fields.locale) ? fields.locale : "en",
  );
  return input;
}

export async function resolveInvite(
  token: string,
  pickedLocale: Locale | undefined,
  tx?: Transaction,
  fallbackLocale?: Locale,
): Promise<OpenedInvite> {
  const record = await readToken(token, "invite", tx);
  if (!record) throw unavailable("invalid", pickedLocale ?? fallbackLocale ?? "en");
  const ref = db.doc(record.subjectPath).withConverter(converters.invite);
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  const invite = snapshot.data();
  if (!invite) throw await brandedUnavailable("removed", record, null, pickedLocale);
  if (record.state !== "valid") {
    throw await brandedUnavailable("expired", record, snapshot, pickedLocale);
  }
  return {
    agencyId: record.agencyId,
    ref,
    snapshot,
    invite,
    clientId: invite.clientId,
    services: invite.services ?? [],
    locale: pickedLocale ?? invite.client.language ?? "en",
  };
}

/** Page errors in the client's language. */
export function pageError(
  code: "failed-precondition" | "invalid-argument" | "unavailable",
  locale: Locale,
  key: string,
  values: Record<string, string> = {},
  field?: string,
): HttpsError {
  const message = translator(locale)(`accessPage.errors.${key}`, values);
  return new HttpsError(code, message, field ? { fields: { [field]: message } } : undefined);
}

/**
 * The requested service `serviceId`, still needed from the client (waiting,
 * or required and skipped: the client may give it later); refuses anything
 * else. Only a waiting service can be skipped (`forSkip`).
 */
export function pendingService(
  opened: OpenedInvite,
  serviceId: string,
  forSkip = false,
): StoredService {
  if (opened.snapshot.data()?.status === "complete") {
    throw pageError("failed-precondition", opened.locale, "requestComplete");
  }
  const service = opened.services.find((candidate) => candidate.serviceId === serviceId);
  if (!service || !isServiceId(serviceId)) {
    throw pageError("invalid-argument", opened.locale, "notOnInvite", {}, "serviceId");
  }
  if (forSkip ? service.status !== "pending" : !serviceStillNeeded(service)) {
    throw pageError("failed-precondition", opened.locale, "alreadyDone");
  }
  return service;
}

/** The invite's services with one replaced. */
export function withService(
  services: StoredService[],
  serviceId: string,
  change: Partial<StoredService>,
): StoredService[] {
  return services.map((service) =>
    service.serviceId === serviceId ? { ...service, ...change } : service,
  );
}

/**
 * The agency accounts among `ids` that are no longer connected (removed in
 * Settings since the invite was sent). The client must not grant to them.
 */
async function removedAccounts(
  agencyId: string,
  ids: string[],
  tx?: Transaction,
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const removed = new Set(unique.filter((id) => !id));
  const refs = unique.filter(Boolean).map((id) => db.doc(paths.connectedAccount(agencyId, id)));
  if (refs.length === 0) return removed;
  const snapshots = tx ? await tx.getAll(...refs) : await db.getAll(...refs);
  for (const snapshot of snapshots) if (!snapshot.exists) removed.add(snapshot.id);
  return removed;
}

/** Refuses a grant while the service's agency account is no longer connected. */
export async function assertAccountConnected(
  opened: OpenedInvite,
  service: StoredService,
  tx?: Transaction,
): Promise<void> {
  const removed = await removedAccounts(opened.agencyId, [service.connectedAccount.id], tx);
  if (removed.size > 0) throw pageError("failed-precondition", opened.locale, "accountRemoved");
}

export async function readIntakeForm(agencyId: string): Promise<IntakeForm | null> {
  const snapshot = await db.doc(paths.settings(agencyId, "intakeForm")).get();
  const parsed = intakeFormSchema.safeParse(snapshot.data());
  return parsed.success ? parsed.data : null;
}

/** The page model for the invite as it is now (read again, after any change). */
export async function pageModel(
  agencyId: string,
  ref: DocumentReference<StoredInvite>,
  locale: Locale,
): Promise<AccessPageModel> {
  const invite = (await ref.get()).data();
  if (!invite) throw unavailable("removed", locale);
  const waiting = invite.services.filter((service) => service.status === "pending");
  const [branding, intakeForm, responses, removed] = await Promise.all([
    readBranding(agencyId),
    invite.intake.requested ? readIntakeForm(agencyId) : Promise.resolve(null),
    invite.intake.requested
      ? refs.intakeResponse(agencyId, invite.clientId, ref.id).get()
      : Promise.resolve(null),
    removedAccounts(
      agencyId,
      waiting.map((service) => service.connectedAccount.id),
    ),
  ]);
  const services = invite.services.filter((service) => isServiceId(service.serviceId));
  return accessPageModel({
    branding,
    locale,
    clientName: invite.client.name,
    services: services.map((service) => ({
      serviceId: service.serviceId as ServiceId,
      accessLevel: service.accessLevel,
      optional: service.optional,
      agencyAccount: service.connectedAccount.value ?? service.connectedAccount.label ?? "",
      status: service.status,
      grantedVia: service.grantedVia ?? null,
      grantedAccount: service.grantedAccount?.name ?? null,
      awaitingAgency: service.status === "pending" && removed.has(service.connectedAccount.id),
    })),
    connectable: connectableServices(services.map((service) => service.serviceId as ServiceId)),
    intake: invite.intake.requested
      ? {
          questions: (intakeForm?.questions ?? []).map((question) =>
            localizeQuestion(question, locale),
          ),
          answers: responses?.data()?.answers ?? {},
          status: invite.intake.status,
        }
      : null,
    status: inviteStatus(invite),
    finish: { thankYouMessage: invite.thankYouMessage, redirectUrl: invite.redirectUrl },
  });
}
