import {
  createOnboardingPageCallable,
  deleteOnboardingPageCallable,
  pauseOnboardingPageCallable,
  updateOnboardingPageCallable,
} from "@portico/domain/callables/onboarding-pages";
import { clientDocSchema } from "@portico/domain/clients";
import {
  type OnboardingPageDoc,
  type OnboardingPageInput,
  type OnboardingPageStats,
  onboardingPageDocSchema,
  onboardingPageStatsDocSchema,
} from "@portico/domain/onboarding-pages/page";
import { paths } from "@portico/domain/paths";
import { collection, doc, limit, orderBy, query, where } from "firebase/firestore";
import { call } from "../lib/callable";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveDocument, useLiveQuery } from "../lib/live";

/** Access pages (onboarding pages): the agency's pages, their funnels and the clients they made. */
const pageConverter = schemaConverter(onboardingPageDocSchema);
const statsConverter = schemaConverter(onboardingPageStatsDocSchema);
const clientConverter = schemaConverter(clientDocSchema);

export type OnboardingPageRow = OnboardingPageDoc & { id: string };
export type OnboardingStatsRow = OnboardingPageStats & { id: string };

/** More pages than an agency makes by hand; the list shows them all. */
const MAX_PAGES = 200;
/** The newest clients a page created, on its page. */
const PAGE_CLIENTS = 50;

export function useOnboardingPages(agencyId: string) {
  return useLiveQuery(
    query(
      collection(db, paths.onboardingPages(agencyId)).withConverter(pageConverter),
      orderBy("createdAt", "desc"),
      limit(MAX_PAGES),
    ),
  );
}

/** Every page's funnel counters (one small document per page, kept by functions). */
export function useOnboardingFunnels(agencyId: string) {
  return useLiveQuery(
    query(
      collection(db, `${paths.agency(agencyId)}/onboardingPageStats`).withConverter(statsConverter),
      limit(MAX_PAGES),
    ),
  );
}

export function useOnboardingPage(agencyId: string, pageId: string) {
  return useLiveDocument(
    doc(db, paths.onboardingPage(agencyId, pageId)).withConverter(pageConverter),
  );
}

export function useOnboardingFunnel(agencyId: string, pageId: string) {
  return useLiveDocument(
    doc(db, paths.onboardingPageStats(agencyId, pageId)).withConverter(statsConverter),
  );
}

/** The clients a page created, newest first. */
export function usePageClients(agencyId: string, pageId: string) {
  return useLiveQuery(
    query(
      collection(db, paths.clients(agencyId)).withConverter(clientConverter),
      where("onboarding.pageId", "==", pageId),
      orderBy("createdAt", "desc"),
      limit(PAGE_CLIENTS),
    ),
  );
}

export function createOnboardingPage(input: OnboardingPageInput) {
  return call(createOnboardingPageCallable, input);
}

export function updateOnboardingPage(pageId: string, input: OnboardingPageInput) {
  return call(updateOnboardingPageCallable, { ...input, pageId });
}

export function pauseOnboardingPage(pageId: string, paused: boolean) {
  return call(pauseOnboardingPageCallable, { pageId, paused });
}

export function deleteOnboardingPage(pageId: string) {
  return call(deleteOnboardingPageCallable, { pageId });
}
