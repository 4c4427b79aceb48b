import {
  type DocumentReference,
  onSnapshot,
  type Query,
  type SnapshotOptions,
} from "firebase/firestore";
import { useEffect, useState } from "react";

export type LiveState<T> =
  | { status: "loading"; data: undefined; error: undefined }
  | { status: "ready"; data: T; error: undefined }
  | { status: "error"; data: undefined; error: Error };

const LOADING = { status: "loading", data: undefined, error: undefined } as const;
/** Pending server timestamps read as the local estimate instead of null. */
const SNAPSHOT_OPTIONS: SnapshotOptions = { serverTimestamps: "estimate" };

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
        setState({
          status: "ready",
          data: snapshot.exists() ? (snapshot.data(SNAPSHOT_OPTIONS) ?? null) : null,
          error: undefined,
        }),
      (error) => setState({ status: "error", data: undefined, error }),
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
      (snapshot) =>
        setState({
          status: "ready",
          data: snapshot.docs.map((doc) => doc.data(SNAPSHOT_OPTIONS)),
          error: undefined,
        }),
      (error) => setState({ status: "error", data: undefined, error }),
    );
  }, [key]);
  return state;
}
