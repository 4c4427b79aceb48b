import { openInviteCallable } from "@portico/domain/callables/invite-page";
import { serve } from "../serve";
import { pageModel, resolveInvite } from "./openedInvite";

/**
 * The client's page for a link token. Reads only, so a mail scanner opening
 * the link changes nothing; an unknown, tampered or expired token and a
 * removed invite answer `not-found` with the page to show instead (branded
 * and in the client's language whenever the token is known).
 */
export const openInvite = serve(
  openInviteCallable,
  // The one callable without App Check: a read the link's 256-bit token
  // authorizes, counted against the link's per-IP and per-token limits like
  // every call of the page. invite.html asks for it before any script has
  // loaded (App Check's reCAPTCHA included), which saves the client's phone a
  // round trip or more before the page shows. Every action still needs App Check.
  { enforceAppCheck: false },
  async (input) => {
    const opened = await resolveInvite(input.token, input.locale, undefined, input.fallbackLocale);
    return pageModel(opened.agencyId, opened.ref, opened.locale);
  },
);
