import type { Locale } from "@portico/domain/i18n/locales";
import { createContext, useContext } from "react";
import type { AgentStrings } from "../../lib/portal-strings";

/**
 * Whose agent the FAQs and settings pages edit, and for whom: the client's
 * portal (the client's language, only the settings the agency shows) or the
 * agency's staff (every setting, and the choice of what the client sees).
 */
export interface AgentConfigView {
  agencyId: string;
  clientId: string;
  locale: Locale;
  timeZone: string | null;
  t: AgentStrings;
  staff: boolean;
  /** Staff who may edit (not viewers); portal users always may. */
  canEdit: boolean;
}

export const AgentConfigViewContext = createContext<AgentConfigView | null>(null);

export function useAgentConfigView(): AgentConfigView {
  const view = useContext(AgentConfigViewContext);
  if (!view) throw new Error("Agent config pages render inside an AgentConfigViewContext provider");
  return view;
}
