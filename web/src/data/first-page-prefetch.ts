import { paths } from "@portico/domain/paths";
import { doc, limit, onSnapshot, type Query, query } from "firebase/firestore";
import { db } from "../lib/firestore";
import { CLIENT_PAGE_SIZE, clientListQuery, DEFAULT_CLIENT_FILTER } from "./clients-repository";
import { BOARD_PAGE_SIZE, DEFAULT_BOARD_FILTER, inviteBoardQuery } from "./invites-repository";

/** Long enough for the page to mount and take over the same listeners. */
const HOLD_MS = 15_000;

/** The first page and the counter of each long list, as its page asks for them unfiltered. */
const FIRST_PAGES: Record<string, (agencyId: string) => { list: Query; counter: string }> = {
  "/dashboard": (agencyId) => ({
    list: query(inviteBoardQuery(agencyId, DEFAULT_BOARD_FILTER), limit(BOARD_PAGE_SIZE)),
    counter: paths.inviteStats(agencyId),
  }),
  "/clients": (agencyId) => ({
    list: query(clientListQuery(agencyId, DEFAULT_CLIENT_FILTER), limit(CLIENT_PAGE_SIZE)),
    counter: paths.clientStats(agencyId),
  }),
};
FIRST_PAGES["/"] = FIRST_PAGES["/dashboard"] as (typeof FIRST_PAGES)[string];

/** Whether opening `pathname` (without a filter in the address) is worth a prefetch. */
export const hasFirstPage = (pathname: string) => pathname in FIRST_PAGES;

/**
 * Opening the board or the clients list: listens to the list's first page and
 * its counter straight away, while the app is still restoring the session and
 * loading the page. Firestore sends the listens the moment the sign-in is
 * restored, and the page's own identical queries share them (one target each,
 * no second read) instead of starting only once the page has rendered. A
 * wrong guess (another agency, signed out) is refused by the rules and dropped.
 */
export function prefetchFirstPage(agencyId: string, pathname: string): void {
  const targets = FIRST_PAGES[pathname]?.(agencyId);
  if (!targets) return;
  const ignore = () => undefined;
  const list = onSnapshot(targets.list, ignore, ignore);
  const counter = onSnapshot(doc(db, targets.counter), ignore, ignore);
  setTimeout(() => {
    list();
    counter();
  }, HOLD_MS);
}
