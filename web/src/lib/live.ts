import {
  type DocumentReference,
  onSnapshot,
  type Query,
  type SnapshotOptions,
} from "firebase/firestore";
import { useEffect, useState } from "react";
import { reportError } from "./report-error";

export type LiveState<T> =
  | { status: "loading"; data: undefined; error: undefined }
  | { status: "ready"; data: T; error: undefined }
  | { status: "error"; data: undefined; error: Error };

const LOADING = { status: "loading", data: undefined, error: undefined } as const;
/** Pending server timestamps read as the local estimate instead of null. */
const SNAPSHOT_OPTIONS: SnapshotOptions = { serverTimestamps: "estimate" };

/**
 * Reads a snapshot's data into the state. The converters parse each document
 * with its schema; a document that fails it would otherwise throw inside the
 * SDK's callback and leave the page loading forever, so it becomes the
 * error state the page shows (and is reported).
 */
function settle<T>(setState: (state: LiveState<T>) => void, read: () => T): void {
  let data: T;
  try {
    data = read();
  } catch (error) {
    fail(setState, error instanceof Error ? error : new Error(String(error)));
    return;
  }
  setState({ status: "ready", data, error: undefined });
}

function fail<T>(setState: (state: LiveState<T>) => void, error: Error): void {
  reportError(error, { source: "listener" });
  setState({ status: "error", data: undefined, error });
}

/**
 * Live document. `key` must change when the reference does (refs are not
 * stable across renders); pass null to subscribe to nothing.
 */
export function useLiveDocument<T>(
  ref: DocumentReference<T> | null,
  key: string,
): LiveState<T | null> {
  const [state, setState] = useState<LiveState<T | null>>(LOADING);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies `ref`.
  useEffect(() => {
    if (!ref) return;
    setState(LOADING);
    return onSnapshot(
      ref,
      (snapshot) =>
        settle(setState, () =>
          snapshot.exists() ? (snapshot.data(SNAPSHOT_OPTIONS) ?? null) : null,
        ),
      (error) => fail(setState, error),
    );
  }, [key]);
  return state;
}

/** Live query; same `key` contract as useLiveDocument. */
export function useLiveQuery<T>(query: Query<T> | null, key: string): LiveState<T[]> {
  const [state, setState] = useState<LiveState<T[]>>(LOADING);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies `query`.
  useEffect(() => {
    if (!query) return;
    setState(LOADING);
    return onSnapshot(
      query,
      (snapshot) => settle(setState, () => snapshot.docs.map((doc) => doc.data(SNAPSHOT_OPTIONS))),
      (error) => fail(setState, error),
    );
  }, [key]);
  return state;
}
