import { renderHook, waitFor } from "@testing-library/react";
import {
  collection,
  deleteDoc,
  doc,
  type Firestore,
  query,
  setDoc,
  updateDoc,
  where,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeTestApps, firestoreAs, uniqueId } from "../testing/emulators";
import { schemaConverter } from "./converters";
import { useLiveDocument, useLiveQuery } from "./live";

// The live hooks on the real Firestore emulator, rules enforced: a staff
// member of one agency reads its activity entries (the rules admit staff only;
// no function reacts to them).

const entryConverter = schemaConverter(z.object({ name: z.string(), type: z.string() }));

let owner: Firestore;
let staff: Firestore;
let agencyId: string;
const entryPath = (entryId: string) => `agencies/${agencyId}/activity/${entryId}`;

beforeAll(async () => {
  agencyId = uniqueId("agency");
  const uid = uniqueId("staff");
  owner = firestoreAs("owner");
  await setDoc(doc(owner, `agencies/${agencyId}/members/${uid}`), {
    status: "active",
    role: "member",
  });
  staff = firestoreAs({ uid, claims: { agencyId } });
});

afterAll(async () => {
  await closeTestApps();
});

/** Every state a hook rendered, in order: what a person would have seen. */
function recorded<State>(states: unknown[], state: State): State {
  states.push(state);
  return state;
}

describe("useLiveDocument", () => {
  it("reads the document, parsed by its schema, and follows its changes", async () => {
    const entryId = uniqueId("entry");
    await setDoc(doc(owner, entryPath(entryId)), { name: "Ana", type: "note" });
    const { result } = renderHook(() =>
      useLiveDocument(doc(staff, entryPath(entryId)).withConverter(entryConverter)),
    );
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.data?.name).toBe("Ana"));
    expect(result.current.data).toEqual({ id: entryId, name: "Ana", type: "note" });

    await updateDoc(doc(owner, entryPath(entryId)), { name: "Ana María" });
    await waitFor(() => expect(result.current.data?.name).toBe("Ana María"));

    await deleteDoc(doc(owner, entryPath(entryId)));
    await waitFor(() => expect(result.current).toMatchObject({ status: "ready", data: null }));
  });

  it("gives the error state, not loading forever, for a document that fails its schema", async () => {
    const entryId = uniqueId("entry");
    await setDoc(doc(owner, entryPath(entryId)), { name: 42, type: "note" });
    const { result } = renderHook(() =>
      useLiveDocument(doc(staff, entryPath(entryId)).withConverter(entryConverter)),
    );
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toBeInstanceOf(z.ZodError);

    // Fixed on the server: the same listener reads it again.
    await setDoc(doc(owner, entryPath(entryId)), { name: "Ana", type: "note" });
    await waitFor(() => expect(result.current.data?.name).toBe("Ana"));
  });

  it("gives the error state when the rules refuse the listener", async () => {
    const otherAgencyEntry = `agencies/${uniqueId("other-agency")}/activity/${uniqueId("entry")}`;
    await setDoc(doc(owner, otherAgencyEntry), { name: "Not yours", type: "note" });
    const { result } = renderHook(() =>
      useLiveDocument(doc(staff, otherAgencyEntry).withConverter(entryConverter)),
    );
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toMatchObject({ code: "permission-denied" });
  });

  it("keeps its subscription for an equal reference built on a later render", async () => {
    const entryId = uniqueId("entry");
    await setDoc(doc(owner, entryPath(entryId)), { name: "Ana", type: "note" });
    const states: unknown[] = [];
    const { result, rerender } = renderHook(() =>
      recorded(
        states,
        useLiveDocument(doc(staff, entryPath(entryId)).withConverter(entryConverter)),
      ),
    );
    await waitFor(() => expect(result.current.status).toBe("ready"));
    const ready = result.current;
    const rendersBefore = states.length;

    rerender();
    rerender();
    // The same state object, at once: no loading in between, no new snapshot.
    expect(states.slice(rendersBefore)).toEqual([ready, ready]);
    expect(states.slice(rendersBefore).every((state) => state === ready)).toBe(true);

    // Still live.
    await updateDoc(doc(owner, entryPath(entryId)), { name: "Ana María" });
    await waitFor(() => expect(result.current.data).toMatchObject({ name: "Ana María" }));
  });

  it("subscribes again for a different reference, showing none of the old document's data", async () => {
    const first = uniqueId("entry");
    const second = uniqueId("entry");
    await setDoc(doc(owner, entryPath(first)), { name: "First", type: "note" });
    await setDoc(doc(owner, entryPath(second)), { name: "Second", type: "note" });
    const { result, rerender } = renderHook(
      ({ entryId }) =>
        useLiveDocument(doc(staff, entryPath(entryId)).withConverter(entryConverter)),
      { initialProps: { entryId: first } },
    );
    await waitFor(() => expect(result.current.data?.name).toBe("First"));

    rerender({ entryId: second });
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.data?.name).toBe("Second"));
  });

  it("stays loading for no reference, and reads one given later", async () => {
    const entryId = uniqueId("entry");
    await setDoc(doc(owner, entryPath(entryId)), { name: "Ana", type: "note" });
    const { result, rerender } = renderHook(
      ({ id }: { id: string | null }) =>
        useLiveDocument(id ? doc(staff, entryPath(id)).withConverter(entryConverter) : null),
      { initialProps: { id: null } as { id: string | null } },
    );
    expect(result.current.status).toBe("loading");
    rerender({ id: entryId });
    await waitFor(() => expect(result.current.data?.name).toBe("Ana"));
  });
});

describe("useLiveQuery", () => {
  const entriesOfType = (type: string) =>
    query(
      collection(staff, `agencies/${agencyId}/activity`).withConverter(entryConverter),
      where("type", "==", type),
    );

  it("reads the matching documents and follows additions", async () => {
    const type = uniqueId("type");
    await setDoc(doc(owner, entryPath(uniqueId("entry"))), { name: "Ana", type });
    const { result } = renderHook(() => useLiveQuery(entriesOfType(type)));
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.data?.map((c) => c.name)).toEqual(["Ana"]));

    await setDoc(doc(owner, entryPath(uniqueId("entry"))), { name: "Bea", type });
    await waitFor(() =>
      expect(result.current.data?.map((c) => c.name).sort()).toEqual(["Ana", "Bea"]),
    );
  });

  it("gives the error state, not loading forever, when one document fails its schema", async () => {
    const type = uniqueId("type");
    await setDoc(doc(owner, entryPath(uniqueId("entry"))), { name: "Ana", type });
    await setDoc(doc(owner, entryPath(uniqueId("entry"))), { type });
    const { result } = renderHook(() => useLiveQuery(entriesOfType(type)));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toBeInstanceOf(z.ZodError);
  });

  it("gives the error state when the rules refuse the listener", async () => {
    const otherAgencyEntries = `agencies/${uniqueId("other-agency")}/activity`;
    const { result } = renderHook(() => useLiveQuery(collection(staff, otherAgencyEntries)));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toMatchObject({ code: "permission-denied" });
  });

  it("keeps its subscription for an equal query and subscribes again for a different one", async () => {
    const firstType = uniqueId("type");
    const secondType = uniqueId("type");
    await setDoc(doc(owner, entryPath(uniqueId("entry"))), { name: "Ana", type: firstType });
    await setDoc(doc(owner, entryPath(uniqueId("entry"))), { name: "Bea", type: secondType });
    const states: unknown[] = [];
    const { result, rerender } = renderHook(
      ({ type }) => recorded(states, useLiveQuery(entriesOfType(type))),
      { initialProps: { type: firstType } },
    );
    await waitFor(() => expect(result.current.data?.map((c) => c.name)).toEqual(["Ana"]));
    const ready = result.current;
    const rendersBefore = states.length;

    rerender({ type: firstType });
    expect(states.slice(rendersBefore).every((state) => state === ready)).toBe(true);
    expect(states.length).toBeGreaterThan(rendersBefore);

    rerender({ type: secondType });
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.data?.map((c) => c.name)).toEqual(["Bea"]));
  });
});
