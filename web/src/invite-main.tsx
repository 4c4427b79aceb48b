import { ERROR_SCREEN_TEXTS } from "@portico/domain/i18n/error-texts";
import { isLocale } from "@portico/domain/i18n/locales";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "react-error-boundary";
import { ErrorScreen } from "./components/error-screen";
import { InvitePage } from "./features/invite-page/components/invite-page";
import { reportError } from "./lib/report-error";
import "./styles/base.css";
import "./styles/elements.css";
import "./styles/access-page.css";
import "./styles/invite-page.css";

/**
 * An agency's public access page (`/p/…`, `/embed/p/…`): its own chunk, so
 * the invite page's first load stays as it is.
 */
const PublicOnboardingPage = lazy(async () => ({
  default: (await import("./features/onboarding-pages/components/public-page"))
    .PublicOnboardingPage,
}));
const onPublicPage = /^\/(embed\/)?p\//.test(window.location.pathname);

/**
 * The client's invite page (`/i/<token>`, `/connect/callback`): its own entry,
 * so it ships React, the Functions client and the page, and none of the
 * agency app (router, Radix, Auth, Firestore, i18n).
 */
const root = document.getElementById("root");
if (!root) throw new Error("invite.html has no #root element");

/** The crash screen's language: the one the client picked (?lang), else the browser's. */
function pageLocale() {
  const picked = new URLSearchParams(window.location.search).get("lang");
  if (isLocale(picked)) return picked;
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : "en";
}

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary
      onError={(error) => reportError(error, { area: "invite-page" })}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <ErrorScreen
          error={error}
          texts={ERROR_SCREEN_TEXTS[pageLocale()]}
          lang={pageLocale()}
          onRetry={resetErrorBoundary}
        />
      )}
    >
      {onPublicPage ? (
        <Suspense fallback={null}>
          <PublicOnboardingPage />
        </Suspense>
      ) : (
        <InvitePage />
      )}
    </ErrorBoundary>
  </StrictMode>,
);
