import type { Locale } from "./i18n/locales";
import type { Answer, Question } from "./intake";
import type { IntakeStatus, ServiceStatus } from "./invites";

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
  | "awaitingAgency"
  | "actionFailed";

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
  questions: Question[];
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
  /** `complete`: the invite is complete and the page only says so. */
  state: "open" | "complete";
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

/** The client has acted on every service and sent the intake form (when asked): show the finish. */
export function clientFinished(page: Pick<AccessPageModel, "services" | "intake">): boolean {
  return (
    page.services.every((service) => service.status !== "pending") &&
    (page.intake === null || page.intake.status === "done")
  );
}

/** Details of the `not-found` error for a link that leads nowhere: the page to show instead. */
export interface UnavailablePageDetails {
  unavailable: { reason: "invalid" | "removed"; locale: Locale; title: string; body: string };
}

/** The longest skip reason a client may give. */
export const MAX_SKIP_REASON_LENGTH = 500;

/** Where the page keeps a sign-in it started, so the callback can tell it began here (CSRF). */
export const CONNECT_STORAGE_PREFIX = "portico.connect.";
/** The path the platform's consent screen sends the browser back to. */
export const CONNECT_CALLBACK_PATH = "/connect/callback";
