import {
  limit,
  onSnapshot,
  type Query,
  type QueryDocumentSnapshot,
  query,
  type SnapshotOptions,
  startAfter,
} from "firebase/firestore";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { reportError } from "./report-error";

const SNAPSHOT_OPTIONS: SnapshotOptions = { serverTimestamps: "estimate" };

export interface LivePages<T> {
  items: (T & { id: string })[];
  status: "loading" | "ready" | "error";
  error: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  /** Documents delivered to this view so far (each one a billed read). */
  documentsRead: number;
}

/**
 * A live list read in pages: page 1 is `base` limited to `pageSize`, each
 * further page starts after the previous page's last document (a cursor, never
 * an offset), and every page stays live. Remount the component (React `key`)
 * when `base` changes.
 */
interface LivePage<T> {
  /** The page's snapshots, for the next page's cursor. */
  docs: QueryDocumentSnapshot<T>[];
  items: (T & { id: string })[];
}

export function useLivePages<T>(base: Query<T>, pageSize: number): LivePages<T> {
  const [cursors, setCursors] = useState<(QueryDocumentSnapshot<T> | null)[]>([null]);
  const [pages, setPages] = useState<Record<number, LivePage<T>>>({});
  const [error, setError] = useState<Error | null>(null);
  const [documentsRead, setDocumentsRead] = useState(0);
  const subscriptions = useRef(new Map<number, () => void>());
  const fail = useCallback((cause: unknown) => {
    const failure = cause instanceof Error ? cause : new Error(String(cause));
    reportError(failure, { source: "listener" });
    setError(failure);
  }, []);

  useEffect(() => {
    const current = subscriptions.current;
    return () => {
      for (const unsubscribe of current.values()) unsubscribe();
      current.clear();
    };
  }, []);

  useEffect(() => {
    cursors.forEach((cursor, index) => {
      if (subscriptions.current.has(index)) return;
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
            setPages((current) => ({ ...current, [index]: { docs: snapshot.docs, items } }));
          },
          fail,
        ),
      );
    });
  }, [base, cursors, pageSize, fail]);

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
  };
}
