import type { Locale } from "@portico/domain/i18n/locales";
import { createContext, useContext } from "react";
import type { AnalyticsStrings, CallsStrings } from "../../lib/portal-strings";

/**
 * Whose figures a page shows and for whom: the client's portal (the client's
 * language) or the agency's staff. Figures are counted per local day in the
 * client's time zone, so "today" is the client's today.
 */
export interface AnalyticsView {
  agencyId: string;
  clientId: string;
  locale: Locale;
  /** The client's time zone (null: not loaded yet). */
  timeZone: string | null;
  t: AnalyticsStrings;
  /** Outcome and sentiment names, shared with the calls pages. */
  callsT: CallsStrings;
  /** Where this client's pages live: "/portal" or "/clients/<id>". */
  basePath: string;
  /** The plan's included minutes, once billing provides them (billing/plan); null shows minutes used only. */
  includedMinutes: number | null;
}

export const AnalyticsViewContext = createContext<AnalyticsView | null>(null);

export function useAnalyticsView(): AnalyticsView {
  const view = useContext(AnalyticsViewContext);
  if (!view) throw new Error("Analytics pages render inside an AnalyticsViewContext provider");
  return view;
}

export const analyticsPath = (view: AnalyticsView) => `${view.basePath}/analytics`;
