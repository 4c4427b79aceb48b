import { z } from "zod";
import {
  completeConnectionInputSchema,
  grantServiceInputSchema,
  openInviteInputSchema,
  saveIntakeAnswersInputSchema,
  serviceActionInputSchema,
  skipServiceInputSchema,
} from "../access-page";
import type {
  AccessPageModel,
  AccessPageTemplates,
  AccessPageTextName,
  CompleteConnectionResult,
  StartConnectionResult,
} from "../access-page-model";
import { LOCALES } from "../i18n/locales";
import { QUESTION_TYPES } from "../intake";
import { INTAKE_STATUSES, INVITE_STATUSES, SERVICE_STATUSES } from "../invites";
import { defineCallable, type Same } from "./define";

/*
 * The client's invite page: no account, the link token authorizes. The page
 * model's types stay in ../access-page-model (the page ships no zod); the
 * schemas here describe the same answers, checked equal at compile time.
 */

const TEXT_NAMES = [
  "pageTitle",
  "greeting",
  "intro",
  "language",
  "stepsInstead",
  "stepsTitle",
  "done",
  "skip",
  "skipReason",
  "skipReasonHint",
  "skipConfirm",
  "cancel",
  "optional",
  "accessLevel",
  "granted",
  "grantedConfirmed",
  "skipped",
  "grantAccess",
  "connecting",
  "questions",
  "intakeIntro",
  "required",
  "yes",
  "no",
  "saving",
  "saved",
  "submitAnswers",
  "answersDone",
  "thankYouTitle",
  "thankYouDefault",
  "leavingTitle",
  "leavingBody",
  "continueTo",
  "completeTitle",
  "completeBody",
  "callbackError",
  "connectCancelled",
  "awaitingAgency",
  "actionFailed",
  "requestStatus",
  "statusLabel",
  "stillNeeded",
  "skipLink",
] as const satisfies readonly AccessPageTextName[];

const TEMPLATE_NAMES = [
  "skipTitle",
  "grantedTo",
  "chooseAccountTitle",
  "chooseAccountBody",
  "noAccounts",
  "progress",
  "progressSkipped",
] as const satisfies readonly (keyof AccessPageTemplates)[];

const agencyLookSchema = z.object({
  name: z.string(),
  logoUrl: z.string(),
  primaryColor: z.string(),
  onPrimaryColor: z.string(),
  primaryHoverColor: z.string(),
  accentColor: z.string(),
});

const serviceModelSchema = z.object({
  serviceId: z.string(),
  name: z.string(),
  icon: z.object({ monogram: z.string(), color: z.string(), textColor: z.string() }),
  method: z.enum(["oauth", "guided"]),
  connectLabel: z.string(),
  levelLabel: z.string(),
  optional: z.boolean(),
  status: z.enum(SERVICE_STATUSES),
  grantedVia: z.enum(["connector", "client_confirmed"]).nullable(),
  grantedAccount: z.string().nullable(),
  awaitingAgency: z.boolean(),
  steps: z.array(z.string()),
});

const localizedQuestionSchema = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  label: z.string(),
  helpText: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  optionLabels: z.array(z.string()),
});

const answerSchema = z.union([z.string(), z.array(z.string()), z.boolean(), z.null()]);

export const accessPageModelSchema = z.object({
  locale: z.enum(LOCALES),
  languages: z.array(z.object({ id: z.enum(LOCALES), name: z.string() })),
  agency: agencyLookSchema,
  clientName: z.string(),
  texts: z.record(z.enum(TEXT_NAMES), z.string()),
  templates: z.record(z.enum(TEMPLATE_NAMES), z.string()),
  services: z.array(serviceModelSchema),
  intake: z
    .object({
      questions: z.array(localizedQuestionSchema),
      answers: z.record(z.string(), answerSchema),
      status: z.enum(INTAKE_STATUSES),
    })
    .nullable(),
  status: z.enum(INVITE_STATUSES),
  finish: z.object({
    thankYouMessage: z.string(),
    redirectUrl: z.string(),
    redirectHost: z.string(),
  }),
});

const startConnectionResultSchema = z.object({ authorizationUrl: z.string(), state: z.string() });

const completeConnectionResultSchema = z.object({
  serviceId: z.string(),
  state: z.string(),
  accounts: z.array(z.object({ id: z.string(), name: z.string(), detail: z.string() })),
  page: accessPageModelSchema,
});

// The page's interfaces and these schemas must say the same thing.
const pageModelMatches: [
  Same<AccessPageTextName, (typeof TEXT_NAMES)[number]>,
  Same<keyof AccessPageTemplates, (typeof TEMPLATE_NAMES)[number]>,
  Same<AccessPageModel, z.output<typeof accessPageModelSchema>>,
  Same<StartConnectionResult, z.output<typeof startConnectionResultSchema>>,
  Same<CompleteConnectionResult, z.output<typeof completeConnectionResultSchema>>,
] = [true, true, true, true, true];
void pageModelMatches;

export const openInviteCallable = defineCallable({
  name: "openInvite",
  caller: "linkHolder",
  input: openInviteInputSchema,
  output: accessPageModelSchema,
});

/** "Sign in with …": where to send the browser. */
export const startConnectionCallable = defineCallable({
  name: "startConnection",
  caller: "linkHolder",
  input: serviceActionInputSchema,
  output: startConnectionResultSchema,
});

/** Back from the platform: the accounts to pick from. */
export const completeConnectionCallable = defineCallable({
  name: "completeConnection",
  caller: "linkHolder",
  input: completeConnectionInputSchema,
  output: completeConnectionResultSchema,
});

export const grantServiceCallable = defineCallable({
  name: "grantService",
  caller: "linkHolder",
  input: grantServiceInputSchema,
  output: accessPageModelSchema,
});

export const confirmServiceCallable = defineCallable({
  name: "confirmService",
  caller: "linkHolder",
  input: serviceActionInputSchema,
  output: accessPageModelSchema,
});

export const skipServiceCallable = defineCallable({
  name: "skipService",
  caller: "linkHolder",
  input: skipServiceInputSchema,
  output: accessPageModelSchema,
});

export const saveIntakeAnswersCallable = defineCallable({
  name: "saveIntakeAnswers",
  caller: "linkHolder",
  input: saveIntakeAnswersInputSchema,
  output: accessPageModelSchema,
});

export const invitePageCallables = {
  openInvite: openInviteCallable,
  startConnection: startConnectionCallable,
  completeConnection: completeConnectionCallable,
  grantService: grantServiceCallable,
  confirmService: confirmServiceCallable,
  skipService: skipServiceCallable,
  saveIntakeAnswers: saveIntakeAnswersCallable,
};
