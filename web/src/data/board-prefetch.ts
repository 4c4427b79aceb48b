import { paths } from "@portico/domain/paths";
import { doc, limit, onSnapshot, query } from "firebase/firestore";
import { db } from "../lib/firestore";
import { BOARD_PAGE_SIZE, DEFAULT_BOARD_FILTER, inviteBoardQuery } from "./invites-repository";

/** Long enough for the dashboard to mount and take over the same listeners. */
const HOLD_MS = 15_000;

/**
 * Opening /dashboard: listens to the board's first page and its counters
 * straight away, while the app is still restoring the session and loading
 * the page. Firestore sends the listens the moment the sign-in is restored,
 * and the dashboard's own identical queries share them (one target each, no
 * second read) instead of starting only once the page has rendered. A wrong
 * guess (another agency, signed out) is refused by the rules and dropped.
 */
export function prefetchBoard(agencyId: string): void {
  const ignore = () => undefined;
  const board = onSnapshot(
    query(inviteBoardQuery(agencyId, DEFAULT_BOARD_FILTER), limit(BOARD_PAGE_SIZE)),
    ignore,
    ignore,
  );
  const stats = onSnapshot(doc(db, paths.inviteStats(agencyId)), ignore, ignore);
  setTimeout(() => {
    board();
    stats();
  }, HOLD_MS);
}
