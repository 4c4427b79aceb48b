import "./lib/zod-without-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./app/router";
import { ToastProvider } from "./components/toast";
import { rememberedAgencyId } from "./lib/remembered-agency";
import { SessionProvider } from "./lib/session";
import { markOpeningStep } from "./lib/timing-marks";
// Stylesheets in cascade order; base, elements, access-page and invite-page are shared with invite.html.
import "./styles/base.css";
import "./styles/elements.css";
import "./styles/auth.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/settings.css";
import "./styles/join.css";
import "./styles/clients.css";
import "./styles/create-invite.css";
import "./styles/invite-board.css";
import "./styles/grants.css";
import "./styles/access-page.css";
import "./styles/invite-page.css";
import "./styles/portal.css";
import "./styles/calls.css";
import "./styles/voice-agent.css";
import "./styles/analytics.css";
import "./styles/billing.css";
import "./styles/agent-config.css";
import "./styles/api-keys.css";
import "./styles/webhooks.css";
import "./styles/onboarding-pages.css";

markOpeningStep("app-start");

// A long list's first page asked for while the session restores (data/first-page-prefetch.ts).
const agencyId = rememberedAgencyId();
if (agencyId && !window.location.search) {
  const { pathname } = window.location;
  void import("./data/first-page-prefetch").then(({ hasFirstPage, prefetchFirstPage }) => {
    if (hasFirstPage(pathname)) prefetchFirstPage(agencyId, pathname);
  });
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </SessionProvider>
  </StrictMode>,
);
