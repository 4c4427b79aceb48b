import { z } from "zod";
import { LOCALES } from "../i18n/locales";
import {
  createOnboardingPageInputSchema,
  onboardingPageIdInputSchema,
  pauseOnboardingPageInputSchema,
  updateOnboardingPageInputSchema,
} from "../onboarding-pages/page";
import type {
  OnboardingPublicModel,
  OnboardingSubmitResult,
  OnboardingTextName,
} from "../onboarding-pages/public-model";
import {
  openOnboardingPageInputSchema,
  submitOnboardingPageInputSchema,
} from "../onboarding-pages/public-page";
import { defineCallable, type Same } from "./define";
import { accessPageModelSchema } from "./invite-page";

/*
 * Access pages (onboarding pages): the agency's callables (owners, admins and
 * members; viewers only read) and the public page's (anyone, rate limited).
 */

const pageAnswer = z.object({ pageId: z.string() });

export const createOnboardingPageCallable = defineCallable({
  name: "createOnboardingPage",
  caller: "editor",
  input: createOnboardingPageInputSchema,
  output: pageAnswer,
});

export const updateOnboardingPageCallable = defineCallable({
  name: "updateOnboardingPage",
  caller: "editor",
  input: updateOnboardingPageInputSchema,
  output: pageAnswer,
});

export const pauseOnboardingPageCallable = defineCallable({
  name: "pauseOnboardingPage",
  caller: "editor",
  input: pauseOnboardingPageInputSchema,
  output: pageAnswer,
});

export const deleteOnboardingPageCallable = defineCallable({
  name: "deleteOnboardingPage",
  caller: "editor",
  input: onboardingPageIdInputSchema,
  output: pageAnswer,
});

const TEXT_NAMES = [
  "title",
  "intro",
  "servicesTitle",
  "name",
  "company",
  "email",
  "emailHint",
  "website",
  "terms",
  "termsLink",
  "honeypot",
  "submit",
  "submitting",
  "language",
  "optional",
  "failed",
  "skipLink",
] as const satisfies readonly OnboardingTextName[];

const publicModelSchema = z.object({
  locale: z.enum(LOCALES),
  languages: z.array(z.object({ id: z.enum(LOCALES), name: z.string() })),
  agency: accessPageModelSchema.shape.agency,
  texts: z.record(z.enum(TEXT_NAMES), z.string()),
  services: z.array(z.object({ serviceId: z.string(), name: z.string(), levelLabel: z.string() })),
  termsUrl: z.string(),
});

const submitResultSchema = z.object({ token: z.string(), url: z.string() });

// The page's interfaces and these schemas must say the same thing.
const publicModelMatches: [
  Same<OnboardingTextName, (typeof TEXT_NAMES)[number]>,
  Same<OnboardingPublicModel, z.output<typeof publicModelSchema>>,
  Same<OnboardingSubmitResult, z.output<typeof submitResultSchema>>,
] = [true, true, true];
void publicModelMatches;

/** The public page in the visitor's language; counts one view (rate limited). */
export const openOnboardingPageCallable = defineCallable({
  name: "openOnboardingPage",
  caller: "anyone",
  input: openOnboardingPageInputSchema,
  output: publicModelSchema,
});

/**
 * The visitor's details: creates (or finds, without saying so) the client and
 * an invite from the page's template, mails the visitor its link and answers
 * with it, so the page goes straight on to the grant flow.
 */
export const submitOnboardingPageCallable = defineCallable({
  name: "submitOnboardingPage",
  caller: "anyone",
  input: submitOnboardingPageInputSchema,
  output: submitResultSchema,
});

export const onboardingPageCallables = {
  createOnboardingPage: createOnboardingPageCallable,
  updateOnboardingPage: updateOnboardingPageCallable,
  pauseOnboardingPage: pauseOnboardingPageCallable,
  deleteOnboardingPage: deleteOnboardingPageCallable,
  openOnboardingPage: openOnboardingPageCallable,
  submitOnboardingPage: submitOnboardingPageCallable,
};
