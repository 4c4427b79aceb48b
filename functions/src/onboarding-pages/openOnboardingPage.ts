import { openOnboardingPageCallable } from "@portico/domain/callables/onboarding-pages";
import { onboardingPublicModel } from "@portico/domain/onboarding-pages/public-page";
import { limitAnonymousCall } from "../rateLimit";
import { serve } from "../serve";
import { onboardingRefs } from "./onboardingDocuments";
import { funnelIncrement, livePage, VIEW_LIMITS } from "./publicPage";

/**
 * The public access page in the visitor's language (their pick, else their
 * browser's among en/es/nl, else the page's default), branded. Each opening
 * counts one view on the page's funnel (a language switch does not); rate
 * limited per caller and per page.
 */
export const openOnboardingPage = serve(
  openOnboardingPageCallable,
  async (input, _caller, request) => {
    await limitAnonymousCall(
      request,
      VIEW_LIMITS,
      `${input.agencyId}/${input.slug}`,
      input.locale ?? "en",
    );
    const live = await livePage(input.agencyId, input.slug, input.locale, input.browserLanguages);
    if (input.countView) {
      await onboardingRefs
        .stats(input.agencyId, live.pageId)
        .withConverter(null)
        .set(funnelIncrement({ views: 1 }), { merge: true });
    }
    return onboardingPublicModel({
      branding: live.branding,
      locale: live.locale,
      services: live.page.services,
      termsUrl: live.page.termsUrl,
    });
  },
);
