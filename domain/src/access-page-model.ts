import type { Locale } from "./i18n/locales";
import type { Answer, LocalizedQuestion } from "./intake";
import { serviceStillNeeded } from "./invite-status";
import type { IntakeStatus, InviteStatus, ServiceStatus } from "./invites";

/**
 * The client's access page model, as its callables answer. Types and small
 * pure helpers only: the page imports this module and nothing heavier, so it
 * ships no zod, i18n, catalogue or Firestore code.
 */

export type AccessPageTextName =
  | "pageTitle"
  | "greeting"
  | "intro"
  | "language"
  | "stepsInstead"
  | "stepsTitle"
  | "done"
  | "skip"
  | "skipReason"
  | "skipReasonHint"
  | "skipConfirm"
  | "cancel"
  | "optional"
  | "accessLevel"
  | "granted"
  | "grantedConfirmed"
  | "skipped"
  | "grantAccess"
  | "connecting"
  | "questions"
  | "intakeIntro"
  | "required"
  | "yes"
  | "no"
  | "saving"
  | "saved"
  | "submitAnswers"
  | "answersDone"
  | "thankYouTitle"
  | "thankYouDefault"
  | "leavingTitle"
  | "leavingBody"
  | "continueTo"
  | "completeTitle"
  | "completeBody"
  | "callbackError"
  | "connectCancelled"
  | "awaitingAgency"
  | "actionFailed"
  | "requestStatus"
  | "statusLabel"
  | "stillNeeded"
  | "skipLink";

/**
 * Texts with per-service or per-count values, as templates the page fills:
 * `{{service}}`, `{{account}}`, `{{level}}`, `{{granted}}`, `{{skipped}}`, `{{total}}`.
 */
export type AccessPageTemplates = Record<
  | "skipTitle"
  | "grantedTo"
  | "chooseAccountTitle"
  | "chooseAccountBody"
  | "noAccounts"
  | "progress"
  | "progressSkipped",
  string
>;

/** Answer of startConnection: where to send the browser to sign in with the platform. */
export interface StartConnectionResult {
  authorizationUrl: string;
  state: string;
}

/** An account the client can choose after signing in with the platform. */
export interface ConnectorAccountChoice {
  id: string;
  name: string;
  detail: string;
}

export interface CompleteConnectionResult {
  serviceId: string;
  state: string;
  accounts: ConnectorAccountChoice[];
  page: AccessPageModel;
}

/** How a granted service was granted: through the platform, or the client says so (guided steps). */
export type GrantedVia = "connector" | "client_confirmed";

export interface AccessPageServiceModel {
  serviceId: string;
  name: string;
  icon: { monogram: string; color: string; textColor: string };
  /** `oauth` only when a connector for the platform is available; otherwise the steps. */
  method: "oauth" | "guided";
  connectLabel: string;
  levelLabel: string;
  optional: boolean;
  status: ServiceStatus;
  grantedVia: GrantedVia | null;
  /** The client's account access was given for, when known. */
  grantedAccount: string | null;
  /** Pending, but the agency's receiving account was removed: nothing to do until the agency picks another. */
  awaitingAgency: boolean;
  steps: string[];
}

export interface AccessPageIntakeModel {
  /** In the client's language where the agency gave one (localizeQuestion). */
  questions: LocalizedQuestion[];
  answers: Record<string, Answer>;
  status: IntakeStatus;
}

export type AccessPageTexts = Record<AccessPageTextName, string>;

export interface AccessPageModel {
  locale: Locale;
  languages: { id: Locale; name: string }[];
  agency: {
    name: string;
    logoUrl: string;
    primaryColor: string;
    onPrimaryColor: string;
    /** Hover fill of the primary buttons; `onPrimaryColor` stays readable on it. */
    primaryHoverColor: string;
    accentColor: string;
  };
  clientName: string;
  texts: AccessPageTexts;
  templates: AccessPageTemplates;
  services: AccessPageServiceModel[];
  intake: AccessPageIntakeModel | null;
  /**
   * The invite's one status (`inviteStatus`), as the board and the portal show
   * it; `texts.statusLabel` is its wording. `complete`: the page only says so.
   */
  status: InviteStatus;
  /** `redirectHost`: the redirect's host as the browser will see it (punycode), "" without one. */
  finish: { thankYouMessage: string; redirectUrl: string; redirectHost: string };
}

/** Fills a template's `{{name}}` placeholders (the page's per-service texts). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/**
 * The progress line over the services: how many are granted out of all. A
 * skipped service is not done: the line names skipped ones apart.
 */
export function progressText(page: Pick<AccessPageModel, "services" | "templates">): string {
  const count = (status: ServiceStatus) =>
    page.services.filter((service) => service.status === status).length;
  const skipped = count("skipped");
  return fillTemplate(skipped > 0 ? page.templates.progressSkipped : page.templates.progress, {
    granted: count("granted"),
    skipped,
    total: page.services.length,
  });
}

/** The services the client can still act on: waiting, or required and skipped. */
export function servicesStillNeeded(
  page: Pick<AccessPageModel, "services">,
): AccessPageServiceModel[] {
  return page.services.filter(serviceStillNeeded);
}

/** Why a link leads nowhere: unknown or mangled, no longer working (expired, replaced), withdrawn. */
export type UnavailableReason = "invalid" | "expired" | "removed";

/**
 * Details of the `not-found` error for a link that leads nowhere: the page to
 * show instead, in the client's language and with the agency's look whenever
 * the server knows whose link it was (null for an unknown link).
 */
export interface UnavailablePageDetails {
  unavailable: {
    reason: UnavailableReason;
    locale: Locale;
    title: string;
    body: string;
    agency?: AccessPageModel["agency"] | null;
  };
}

/** The longest skip reason a client may give. */
export const MAX_SKIP_REASON_LENGTH = 500;

/** Where the page keeps a sign-in it started, so the callback can tell it began here (CSRF). */
export const CONNECT_STORAGE_PREFIX = "portico.connect.";
/** The path the platform's consent screen sends the browser back to. */
export const CONNECT_CALLBACK_PATH = "/connect/callback";
