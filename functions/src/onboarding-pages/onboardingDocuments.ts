import {
  onboardingCapDocSchema,
  onboardingEmailDocSchema,
  onboardingPageDocSchema,
  onboardingPageStatsDocSchema,
  onboardingSlugDocSchema,
} from "@portico/domain/onboarding-pages/page";
import { paths } from "@portico/domain/paths";
import { db } from "../admin";
import { type StoredDoc, storedAs } from "../documents";

/** Typed references for access pages (onboarding pages), as documents.ts has for the rest. */
const converters = {
  page: storedAs(onboardingPageDocSchema),
  slug: storedAs(onboardingSlugDocSchema),
  stats: storedAs(onboardingPageStatsDocSchema),
  cap: storedAs(onboardingCapDocSchema),
  email: storedAs(onboardingEmailDocSchema),
};

export type StoredOnboardingPage = StoredDoc<typeof onboardingPageDocSchema>;

export const onboardingRefs = {
  page: (agencyId: string, pageId: string) =>
    db.doc(paths.onboardingPage(agencyId, pageId)).withConverter(converters.page),
  pages: (agencyId: string) =>
    db.collection(paths.onboardingPages(agencyId)).withConverter(converters.page),
  slug: (agencyId: string, slug: string) =>
    db.doc(paths.onboardingSlug(agencyId, slug)).withConverter(converters.slug),
  stats: (agencyId: string, pageId: string) =>
    db.doc(paths.onboardingPageStats(agencyId, pageId)).withConverter(converters.stats),
  cap: (agencyId: string, day: string) =>
    db.doc(paths.onboardingCap(agencyId, day)).withConverter(converters.cap),
  email: (agencyId: string, emailHash: string) =>
    db.doc(paths.onboardingEmail(agencyId, emailHash)).withConverter(converters.email),
};
