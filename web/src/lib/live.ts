import {
  type DocumentReference,
  onSnapshot,
  type Query,
  queryEqual,
  refEqual,
  type SnapshotOptions,
  type Unsubscribe,
} from "firebase/firestore";
import { useEffect, useState } from "react";
import { reportError } from "./report-error";

export type LiveState<T> =
  | { status: "loading"; data: undefined; error: undefined }
  | { status: "ready"; data: T; error: undefined }
  | { status: "error"; data: undefined; error: Error };

const LOADING = { status: "loading", data: undefined, error: undefined } as const;
/** Pending server timestamps read as the local estimate instead of null. */
export const SNAPSHOT_OPTIONS: SnapshotOptions = { serverTimestamps: "estimate" };

/** Anything thrown, as an Error the page can show and Sentry can group. */
export function asError(cause: unknown): Error {
  return cause instanceof Error ? cause : new Error(String(cause));
}

/**
 * `source` as first seen while it stays equal (`equal`, e.g. the SDK's
 * refEqual): callers build refs and queries afresh on each render, and an
 * equal one must not resubscribe.
 */
export function useEqualSource<S>(source: S | null, equal: (a: S, b: S) => boolean): S | null {
  const [held, setHeld] = useState(source);
  const same = held === source || (held !== null && source !== null && equal(held, source));
  // Adjusting state while rendering: React renders again at once, before any effect runs.
  if (!same) setHeld(source);
  return same ? held : source;
}

/**
 * The state of one live source: loading until its first snapshot, then ready
 * or error. The state is kept with the source it belongs to, so a new source
 * reads as loading at once, never as the old source's data.
 */
function useLiveSource<S, T>(
  source: S | null,
  equal: (a: S, b: S) => boolean,
  listen: (source: S, settle: (read: () => T) => void, fail: (error: Error) => void) => Unsubscribe,
): LiveState<T> {
  const current = useEqualSource(source, equal);
  const [held, setHeld] = useState<{ source: S; state: LiveState<T> } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `listen` is the caller's fixed way to subscribe.
  useEffect(() => {
    if (current === null) return;
    const fail = (error: Error) => {
      reportError(error, { source: "listener" });
      setHeld({ source: current, state: { status: "error", data: undefined, error } });
    };
    // The converters parse each document with its schema. Parsed here, inside
    // the SDK's callback: a document that fails throws, and would otherwise
    // leave the page loading forever; it becomes the error state instead.
    const settle = (read: () => T) => {
      let data: T;
      try {
        data = read();
      } catch (error) {
        fail(asError(error));
        return;
      }
      setHeld({ source: current, state: { status: "ready", data, error: undefined } });
    };
    return listen(current, settle, fail);
  }, [current]);
  return held !== null && held.source === current ? held.state : LOADING;
}

function listenToDocument<T>(
  ref: DocumentReference<T>,
  settle: (read: () => T | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    ref,
    (snapshot) =>
      settle(() => (snapshot.exists() ? (snapshot.data(SNAPSHOT_OPTIONS) ?? null) : null)),
    fail,
  );
}

function listenToQuery<T>(
  query: Query<T>,
  settle: (read: () => T[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query,
    (snapshot) => settle(() => snapshot.docs.map((doc) => doc.data(SNAPSHOT_OPTIONS))),
    fail,
  );
}

/**
 * A live document (null while it does not exist). A listener error (e.g. the
 * rules refuse) or a document that fails its schema is the error state. An
 * equal reference on a later render (refEqual) keeps the subscription; pass
 * null to subscribe to nothing (the state stays loading).
 */
export function useLiveDocument<T>(ref: DocumentReference<T> | null): LiveState<T | null> {
  return useLiveSource(ref, refEqual, listenToDocument);
}

/** A live query's documents; same contract as useLiveDocument (queryEqual). */
export function useLiveQuery<T>(query: Query<T> | null): LiveState<T[]> {
  return useLiveSource(query, queryEqual, listenToQuery);
}
