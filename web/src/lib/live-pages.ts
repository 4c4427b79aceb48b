import {
  limit,
  onSnapshot,
  type Query,
  type QueryDocumentSnapshot,
  query,
  queryEqual,
  startAfter,
} from "firebase/firestore";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { asError, SNAPSHOT_OPTIONS, useEqualSource } from "./live";
import { reportError } from "./report-error";
import { markOpeningStep } from "./timing-marks";

export interface LivePages<T> {
  items: (T & { id: string })[];
  status: "loading" | "ready" | "error";
  error: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Documents delivered to this view so far (each one a billed read). */
  documentsRead: number;
  /** Listeners open now: the pages around the rows on screen (see `showing`). */
  liveListeners: number;
  /**
   * The rows on screen (indexes into `items`). Pages more than
   * LIVE_MARGIN_PAGES away stop listening and keep their last rows; they
   * listen (and refresh) again once they come back near the screen.
   */
  showing: (firstRow: number, lastRow: number) => void;
}

/** Pages kept live on each side of the pages on screen. */
const LIVE_MARGIN_PAGES = 2;

interface LivePage<T> {
  /** The page's snapshots, for the next page's cursor. */
  docs: QueryDocumentSnapshot<T>[];
  items: (T & { id: string })[];
}

/**
 * A live list read in pages: page 1 is the base query limited to `pageSize`,
 * each further page starts after the previous page's last document (a cursor,
 * never an offset). The pages near the rows on screen stay live; a list
 * scrolled far keeps a few listeners open, not one per page (`showing`). A listener error, or a
 * document that fails its schema, is the error state. An equal query on a
 * later render (queryEqual) keeps the pages; a different one starts again
 * from page 1.
 */
export function useLivePages<T>(requested: Query<T>, pageSize: number): LivePages<T> {
  const base = useEqualSource(requested, queryEqual) ?? requested;
  const [pagesOf, setPagesOf] = useState(base);
  const [cursors, setCursors] = useState<(QueryDocumentSnapshot<T> | null)[]>([null]);
  const [pages, setPages] = useState<Record<number, LivePage<T>>>({});
  const [error, setError] = useState<Error | null>(null);
  const [documentsRead, setDocumentsRead] = useState(0);
  // Null until the view says what is on screen: a list that never does keeps every page live.
  const [onScreen, setOnScreen] = useState<{ first: number; last: number } | null>(null);
  const [liveListeners, setLiveListeners] = useState(0);
  const subscriptions = useRef(new Map<number, () => void>());
  const fail = useCallback((cause: unknown) => {
    const failure = asError(cause);
    reportError(failure, { source: "listener" });
    setError(failure);
  }, []);
  // A new base query: its pages start over (state adjusted while rendering, so
  // no render shows the old query's rows under the new one).
  if (pagesOf !== base) {
    setPagesOf(base);
    setCursors([null]);
    setPages({});
    setError(null);
    setDocumentsRead(0);
    setOnScreen(null);
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new `base` ends the old pages' listeners.
  useEffect(() => {
    const current = subscriptions.current;
    return () => {
      for (const unsubscribe of current.values()) unsubscribe();
      current.clear();
    };
  }, [base]);

  useEffect(() => {
    const newest = cursors.length - 1;
    // The newest page stays live too: it is being loaded, or it is the list's end.
    const near = (index: number) =>
      onScreen === null ||
      index === newest ||
      (index >= onScreen.first - LIVE_MARGIN_PAGES && index <= onScreen.last + LIVE_MARGIN_PAGES);
    for (const [index, unsubscribe] of subscriptions.current) {
      if (near(index)) continue;
      unsubscribe();
      subscriptions.current.delete(index);
    }
    cursors.forEach((cursor, index) => {
      if (subscriptions.current.has(index) || !near(index)) return;
      const pageQuery = cursor
        ? query(base, startAfter(cursor), limit(pageSize))
        : query(base, limit(pageSize));
      subscriptions.current.set(
        index,
        onSnapshot(
          pageQuery,
          (snapshot) => {
            setDocumentsRead(
              (count) => count + snapshot.docChanges().filter((c) => c.type !== "removed").length,
            );
            // Parsed here, not while rendering: a document that fails its
            // schema becomes the list's error state instead of a crash.
            let items: (T & { id: string })[];
            try {
              items = snapshot.docs.map((doc) => ({ ...doc.data(SNAPSHOT_OPTIONS), id: doc.id }));
            } catch (parseError) {
              fail(parseError);
              return;
            }
            if (index === 0) markOpeningStep("first-page");
            setPages((current) => ({ ...current, [index]: { docs: snapshot.docs, items } }));
          },
          fail,
        ),
      );
    });
    setLiveListeners(subscriptions.current.size);
  }, [base, cursors, pageSize, fail, onScreen]);

  const showing = useCallback(
    (firstRow: number, lastRow: number) => {
      const first = Math.floor(Math.max(0, firstRow) / pageSize);
      const last = Math.floor(Math.max(firstRow, lastRow) / pageSize);
      setOnScreen((current) =>
        current?.first === first && current.last === last ? current : { first, last },
      );
    },
    [pageSize],
  );

  const lastIndex = cursors.length - 1;
  const lastPage = pages[lastIndex]?.docs;
  const hasMore = lastPage !== undefined && lastPage.length === pageSize;
  const loadingMore = lastIndex > 0 && lastPage === undefined;

  const loadMore = useCallback(() => {
    if (!hasMore || !lastPage) return;
    const last = lastPage[lastPage.length - 1];
    if (!last) return;
    setCursors((current) => (current.length === lastIndex + 1 ? [...current, last] : current));
  }, [hasMore, lastPage, lastIndex]);

  const items = useMemo(() => {
    const seen = new Set<string>();
    const out: (T & { id: string })[] = [];
    for (let index = 0; index <= lastIndex; index += 1) {
      for (const item of pages[index]?.items ?? []) {
        if (seen.has(item.id)) continue; // a document can cross a page boundary while live
        seen.add(item.id);
        out.push(item);
      }
    }
    return out;
  }, [pages, lastIndex]);

  return {
    items,
    status: error ? "error" : pages[0] ? "ready" : "loading",
    error,
    hasMore,
    loadingMore,
    loadMore,
    documentsRead,
    liveListeners,
    showing,
  };
}
