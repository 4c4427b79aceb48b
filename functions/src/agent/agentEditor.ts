import { readPortalClaims } from "@portico/domain/claims";
import type { AgentMessages } from "@portico/domain/i18n/agent/en";
import type { Locale } from "@portico/domain/i18n/locales";
import { resources } from "@portico/domain/i18n/translator";
import { canEditAgencyData } from "@portico/domain/roles";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import type { Editor } from "@portico/domain/voice/agent-faqs";
import { type CallableRequest, HttpsError } from "firebase-functions/v2/https";
import { refs } from "../documents";

/** Who edits a client's FAQs and settings, and the client's language for their messages. */
export interface AgentEditor extends Editor {
  agencyId: string;
  clientId: string;
  locale: Locale;
  timeZone: string;
  messages: AgentMessages;
}

const REFUSED = "You cannot change this client's agent.";

/**
 * The caller as someone who may edit the client's agent: a portal user of
 * this client (claims AND an active portal member document) or the agency's
 * staff who are not viewers (an active member document). Each is checked on
 * its document, so a removed user is refused at once.
 */
export async function requireAgentEditor(
  request: CallableRequest,
  clientId: string,
  options: { allowViewers?: boolean } = {},
): Promise<AgentEditor> {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError("unauthenticated", "Sign in to continue.");
  const token: Record<string, unknown> = request.auth?.token ?? {};
  const portal = readPortalClaims(token);
  const agencyId = portal?.agencyId ?? token.agencyId;
  if (typeof agencyId !== "string") throw new HttpsError("permission-denied", REFUSED);
  let editor: Editor;
  if (portal) {
    if (portal.clientId !== clientId) throw new HttpsError("permission-denied", REFUSED);
    const member = (await refs.portalMember(agencyId, clientId, uid).get()).data();
    if (member?.status !== "active") throw new HttpsError("permission-denied", REFUSED);
    editor = { uid, name: member.displayName || member.email, kind: "portal" };
  } else {
    const member = (await refs.member(agencyId, uid).get()).data();
    if (member?.status !== "active") throw new HttpsError("permission-denied", REFUSED);
    if (!options.allowViewers && !canEditAgencyData(member.role)) {
      throw new HttpsError("permission-denied", "Viewers can look but not change anything.");
    }
    editor = { uid, name: member.displayName || member.email, kind: "staff" };
  }
  const client = (await refs.client(agencyId, clientId).get()).data();
  if (!client) throw new HttpsError("not-found", "This client no longer exists.");
  const locale = client.language;
  return {
    ...editor,
    agencyId,
    clientId,
    locale,
    timeZone: client.timeZone ?? DEFAULT_TIME_ZONE,
    messages: resources[locale].translation.agent,
  };
}

/** The editor as stored in documents (no agency, client or language). */
export function editorOf(editor: AgentEditor): Editor {
  return { uid: editor.uid, name: editor.name, kind: editor.kind };
}
