import { openInviteCallable } from "@portico/domain/callables/invite-page";
import { serve } from "../serve";
import { pageModel, resolveInvite } from "./openedInvite";

/**
 * The client's page for a link token. Reads only, so a mail scanner opening
 * the link changes nothing; an unknown, tampered or expired token and a
 * removed invite answer `not-found` with the page to show instead (branded
 * and in the client's language whenever the token is known).
 */
export const openInvite = serve(openInviteCallable, async (input) => {
  const opened = await resolveInvite(input.token, input.locale, undefined, input.fallbackLocale);
  return pageModel(opened.agencyId, opened.ref, opened.locale);
});
