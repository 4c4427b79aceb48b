import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { InvitePage } from "./features/invite-page/components/invite-page";
import "./styles/base.css";
import "./styles/access-page.css";

/**
 * The client's invite page (`/i/<token>`, `/connect/callback`): its own entry,
 * so it ships React, the Functions client and the page, and none of the
 * agency app (router, Radix, Auth, Firestore, i18n).
 */
const root = document.getElementById("root");
if (!root) throw new Error("invite.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <InvitePage />
  </StrictMode>,
);
