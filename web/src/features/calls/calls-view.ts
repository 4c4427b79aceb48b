import type { Locale } from "@portico/domain/i18n/locales";
import { createContext, useContext } from "react";
import type { CallsStrings } from "../../lib/portal-strings";

/**
 * Whose calls a page shows and for whom: the client's portal (in the client's
 * language, no platform cost) or the agency's staff (with the platform cost).
 * The app's routes provide it; the pages read it.
 */
export interface CallsView {
  agencyId: string;
  clientId: string;
  locale: Locale;
  /** The client's time zone: every call and booking time is shown in it (null: not loaded yet). */
  timeZone: string | null;
  t: CallsStrings;
  /** Where this client's calls live: "/portal" or "/clients/<id>". */
  basePath: string;
  /** Agency staff see each call's platform cost; portal users never do. */
  staff: boolean;
}

export const CallsViewContext = createContext<CallsView | null>(null);

export function useCallsView(): CallsView {
  const view = useContext(CallsViewContext);
  if (!view) throw new Error("Calls pages render inside a CallsViewContext provider");
  return view;
}

export const callsPath = (view: CallsView) => `${view.basePath}/calls`;
export const callPath = (view: CallsView, callId: string) => `${view.basePath}/calls/${callId}`;
export const bookingsPath = (view: CallsView) => `${view.basePath}/bookings`;
