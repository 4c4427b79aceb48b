import { onboardingPagePath } from "@portico/domain/onboarding-pages/page";
import { APP_URL } from "../config";
import { onboardingRefs } from "../onboarding-pages/onboardingDocuments";
import type { ApiHandlers } from "./apiContext";
import { readPage } from "./apiPages";

/** Access pages: read-only, as Settings -> Access pages lists them, with each page's public address. */
export const accessPageHandlers: ApiHandlers<"listAccessPages"> = {
  listAccessPages: async ({ caller, query }) => {
    const { agencyId } = caller;
    const page = await readPage(
      onboardingRefs.pages(agencyId).orderBy("createdAt", "desc").orderBy("__name__", "desc"),
      (accessPage) => accessPage.createdAt,
      query,
    );
    return {
      status: 200,
      body: {
        data: page.docs.map((doc) => {
          const stored = doc.data();
          return {
            id: doc.id,
            name: stored.name,
            slug: stored.slug,
            url: `${APP_URL.value()}${onboardingPagePath(agencyId, stored.slug)}`,
            services: stored.services.map((service) => ({
              serviceId: service.serviceId,
              accessLevel: service.accessLevel,
              optional: service.optional,
              connectedAccountId: service.connectedAccountId,
            })),
            intakeForm: stored.intakeForm,
            clientType: stored.clientType,
            defaultLanguage: stored.defaultLanguage,
            paused: stored.paused,
            createdAt: stored.createdAt.toDate().toISOString(),
            updatedAt: stored.updatedAt.toDate().toISOString(),
          };
        }),
        nextCursor: page.nextCursor,
      },
    };
  },
};
