import "./lib/zod-without-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./app/router";
import { ToastProvider } from "./components/toast";
import { rememberedAgencyId } from "./lib/remembered-agency";
import { SessionProvider } from "./lib/session";
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
import "./styles/onboarding-pages.css";

// The board's first page asked for while the session restores (data/board-prefetch.ts).
const agencyId = rememberedAgencyId();
if (agencyId && ["/", "/dashboard"].includes(window.location.pathname) && !window.location.search) {
  void import("./data/board-prefetch").then(({ prefetchBoard }) => prefetchBoard(agencyId));
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
