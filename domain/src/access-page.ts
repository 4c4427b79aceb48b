import { z } from "zod";
import {
  type AccessPageIntakeModel,
  type AccessPageModel,
  type AccessPageTemplates,
  type AccessPageTextName,
  type AccessPageTexts,
  type GrantedVia,
  MAX_SKIP_REASON_LENGTH,
  type UnavailableReason,
} from "./access-page-model";
import { type Branding, brandPalette, textColorOn } from "./branding";
import { guidedSteps } from "./catalogue/guided-steps";
import { levelKey } from "./catalogue/levels";
import { getPlatform } from "./catalogue/platforms";
import { getService, isServiceId, type ServiceId } from "./catalogue/services";
import { LOCALE_LABELS, LOCALES, type Locale } from "./i18n/locales";
import { translator } from "./i18n/translator";
import type { AnswerMessages } from "./intake";
import type { InviteStatus, ServiceStatus } from "./invites";
import { TOKEN_PATTERN } from "./tokens";

/**
 * The client's access page (`/i/<token>`): what its callables take and the
 * page model they answer with. The model carries every text already in the
 * client's language, so the page itself ships no i18n, catalogue or Firestore
 * code; the agency's preview builds the same model in the browser.
 */

export const MAX_ANSWER_KEYS = 60;

const linkToken = z
  .string({ error: "This link isn't valid." })
  .regex(TOKEN_PATTERN, "This link isn't valid.");
const serviceIdField = z.string().refine(isServiceId, { error: "Missing service." });

export const openInviteInputSchema = z.object({
  token: linkToken,
  /** The language the client picked; the invite's language when absent. */
  locale: z.enum(LOCALES).optional(),
  /** The browser's language: the words for a link the server cannot place at all. */
  fallbackLocale: z.enum(LOCALES).optional(),
});
export type OpenInviteInput = z.input<typeof openInviteInputSchema>;

export const serviceActionInputSchema = z.object({
  token: linkToken,
  serviceId: serviceIdField,
  locale: z.enum(LOCALES).optional(),
});
export type ServiceActionInput = z.input<typeof serviceActionInputSchema>;

export const skipServiceInputSchema = serviceActionInputSchema.extend({
  reason: z
    .string()
    .trim()
    .max(MAX_SKIP_REASON_LENGTH, `Use at most ${MAX_SKIP_REASON_LENGTH} characters.`)
    .default(""),
});
export type SkipServiceInput = z.input<typeof skipServiceInputSchema>;

/** The provider sends the browser back with `code` and `state`; the page passes both on. */
export const completeConnectionInputSchema = z.object({
  token: linkToken,
  state: z.string().min(16, "This sign-in isn't valid.").max(200, "This sign-in isn't valid."),
  code: z.string().min(1, "This sign-in isn't valid.").max(4096, "This sign-in isn't valid."),
  locale: z.enum(LOCALES).optional(),
});
export type CompleteConnectionInput = z.input<typeof completeConnectionInputSchema>;

export const grantServiceInputSchema = z.object({
  token: linkToken,
  state: z.string().min(16, "This sign-in isn't valid.").max(200, "This sign-in isn't valid."),
  accountId: z.string().min(1, "Choose an account.").max(200, "Choose an account."),
  locale: z.enum(LOCALES).optional(),
});
export type GrantServiceInput = z.input<typeof grantServiceInputSchema>;

export const saveIntakeAnswersInputSchema = z.object({
  token: linkToken,
  answers: z
    .record(
      z.string().max(40),
      z.union([
        z.string().max(10_000),
        z.array(z.string().max(500)).max(40),
        z.boolean(),
        z.null(),
      ]),
    )
    .refine((answers) => Object.keys(answers).length <= MAX_ANSWER_KEYS, "Too many answers."),
  /** False while the client types (progress is kept); true on "Submit answers". */
  submit: z.boolean().default(false),
  locale: z.enum(LOCALES).optional(),
});
export type SaveIntakeAnswersInput = z.input<typeof saveIntakeAnswersInputSchema>;

/** The page's texts: one i18n key each, filled with the agency's and client's names. */
const TEXT_KEYS: Record<Exclude<AccessPageTextName, "statusLabel">, string> = {
  pageTitle: "accessPage.pageTitle",
  greeting: "email.accessRequest.heading",
  intro: "email.accessRequest.body",
  language: "accessPage.language",
  stepsInstead: "accessPage.stepsInstead",
  stepsTitle: "accessPage.stepsTitle",
  done: "accessPage.done",
  skip: "accessPage.skip",
  skipReason: "accessPage.skipReason",
  skipReasonHint: "accessPage.skipReasonHint",
  skipConfirm: "accessPage.skipConfirm",
  cancel: "accessPage.cancel",
  optional: "accessPage.optional",
  accessLevel: "accessPage.accessLevel",
  granted: "accessPage.granted",
  grantedConfirmed: "accessPage.grantedConfirmed",
  skipped: "accessPage.skipped",
  grantAccess: "accessPage.grantAccess",
  connecting: "accessPage.connecting",
  questions: "accessPage.questions",
  intakeIntro: "accessPage.intakeIntro",
  required: "accessPage.required",
  yes: "accessPage.yes",
  no: "accessPage.no",
  saving: "accessPage.saving",
  saved: "accessPage.saved",
  submitAnswers: "accessPage.submitAnswers",
  answersDone: "accessPage.answersDone",
  thankYouTitle: "accessPage.thankYouTitle",
  thankYouDefault: "accessPage.thankYouDefault",
  leavingTitle: "accessPage.leavingTitle",
  leavingBody: "accessPage.leavingBody",
  continueTo: "accessPage.continueTo",
  completeTitle: "accessPage.completeTitle",
  completeBody: "accessPage.completeBody",
  callbackError: "accessPage.callbackError",
  connectCancelled: "accessPage.connectCancelled",
  awaitingAgency: "accessPage.awaitingAgency",
  actionFailed: "accessPage.actionFailed",
  requestStatus: "requestStatus.title",
  stillNeeded: "requestStatus.stillNeeded",
  skipLink: "skipLink",
};

export interface AccessPageServiceInput {
  serviceId: ServiceId;
  accessLevel: string;
  optional: boolean;
  /** The agency's receiving account as saved (named in the guided steps). */
  agencyAccount: string;
  status: ServiceStatus;
  grantedVia?: GrantedVia | null;
  grantedAccount?: string | null;
  /** The agency's receiving account for it is no longer connected. */
  awaitingAgency?: boolean;
}

export interface AccessPageModelInput {
  branding: Branding;
  locale: Locale;
  clientName: string;
  services: AccessPageServiceInput[];
  /** Services a connector can grant ("all" in the preview); other sign-in services show their steps. */
  connectable: readonly string[] | "all";
  intake: AccessPageIntakeModel | null;
  /** The invite's status from `inviteStatus`: the board's, the portal's and the page's. */
  status: InviteStatus;
  finish: { thankYouMessage: string; redirectUrl: string };
}

/**
 * The host a redirect leads to, as the browser shows it (an internationalized
 * name in punycode, so a look-alike cannot pass for the agency's own); "" when
 * there is no redirect or it is not a web address.
 */
export function redirectHost(redirectUrl: string): string {
  if (!redirectUrl || !URL.canParse(redirectUrl)) return "";
  const url = new URL(redirectUrl);
  return url.protocol === "https:" || url.protocol === "http:" ? url.host : "";
}

/** Builds the page model in `locale`; the same function serves the client's page and the preview. */
export function accessPageModel(input: AccessPageModelInput): AccessPageModel {
  const t = translator(input.locale);
  const host = redirectHost(input.finish.redirectUrl);
  const values = { agency: input.branding.displayName, client: input.clientName, host };
  const texts = {
    ...Object.fromEntries(Object.entries(TEXT_KEYS).map(([name, key]) => [name, t(key, values)])),
    // The portal's words for the status, so the page and the portal say the same.
    statusLabel: t(`portal.homePage.inviteStatus.${input.status}`),
  } as AccessPageTexts;
  // Placeholders the page fills per service stay as `{{name}}`.
  const keep = {
    service: "{{service}}",
    account: "{{account}}",
    level: "{{level}}",
    granted: "{{granted}}",
    skipped: "{{skipped}}",
    total: "{{total}}",
  };
  const templates: AccessPageTemplates = {
    skipTitle: t("accessPage.skipTitle", { ...values, ...keep }),
    grantedTo: t("accessPage.grantedTo", { ...values, ...keep }),
    chooseAccountTitle: t("accessPage.chooseAccountTitle", { ...values, ...keep }),
    chooseAccountBody: t("accessPage.chooseAccountBody", { ...values, ...keep }),
    noAccounts: t("accessPage.noAccounts", { ...values, ...keep }),
    progress: t("accessPage.progress", { ...values, ...keep }),
    progressSkipped: t("accessPage.progressSkipped", { ...values, ...keep }),
  };
  return {
    locale: input.locale,
    languages: LOCALES.map((id) => ({ id, name: LOCALE_LABELS[id] })),
    agency: agencyLook(input.branding),
    clientName: input.clientName,
    texts,
    templates,
    services: input.services.map((requested) => {
      const service = getService(requested.serviceId);
      const platform = getPlatform(service.platform);
      const level = service.accessLevels.find(
        (candidate) => candidate.id === requested.accessLevel,
      );
      // The platform's own name in English; the catalogue's in the client's language.
      const levelLabel = !level
        ? requested.accessLevel
        : input.locale === "en"
          ? level.label
          : t(`accessLevels.${levelKey(level.label)}`, { defaultValue: level.label });
      const connectable =
        service.grant.method === "oauth" &&
        (input.connectable === "all" || input.connectable.includes(service.id));
      return {
        serviceId: service.id,
        name: service.name,
        icon: { ...service.icon, textColor: textColorOn(service.icon.color) },
        method: connectable ? "oauth" : "guided",
        connectLabel: t("accessPage.signInWith", { platform: platform.name }),
        levelLabel,
        optional: requested.optional,
        status: requested.status,
        grantedVia: requested.grantedVia ?? null,
        grantedAccount: requested.grantedAccount ?? null,
        awaitingAgency: requested.awaitingAgency ?? false,
        steps: guidedSteps(service.id, input.locale, {
          agencyAccount: requested.agencyAccount,
          accessLevel: levelLabel,
        }),
      };
    }),
    intake: input.intake,
    status: input.status,
    finish: { ...input.finish, redirectHost: host },
  };
}

/** The intake answer messages in `locale`, for the function that checks answers. */
export function answerMessages(locale: Locale): AnswerMessages {
  const t = translator(locale);
  return {
    required: t("accessPage.answerErrors.required"),
    tooLong: (limit) => t("accessPage.answerErrors.tooLong", { limit }),
    url: t("accessPage.answerErrors.url"),
    choose: t("accessPage.answerErrors.choose"),
    chooseMany: t("accessPage.answerErrors.chooseMany"),
  };
}

/** The agency's look on the client's pages (header colours, logo, name). */
export function agencyLook(branding: Branding): AccessPageModel["agency"] {
  const palette = brandPalette(branding);
  return {
    name: branding.displayName,
    logoUrl: branding.logoUrl,
    primaryColor: palette.primary,
    onPrimaryColor: palette.onPrimary,
    primaryHoverColor: palette.primaryHover,
    accentColor: branding.accentColor,
  };
}

/**
 * Texts of the page shown for a link that leads nowhere, in the client's
 * language (the browser's for a link nobody knows), naming the agency when known.
 */
export function unavailablePageTexts(
  locale: Locale,
  reason: UnavailableReason,
  agencyName = "",
): { title: string; body: string } {
  const t = translator(locale);
  const values = { agency: agencyName || t("accessPage.theAgency") };
  return {
    title: t(`accessPage.${reason}Title`, values),
    body: t(`accessPage.${reason}Body`, values),
  };
}
