import { act, renderHook, waitFor } from "@testing-library/react";
import { collection, doc, type Firestore, orderBy, query, setDoc, where } from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeTestApps, firestoreAs, uniqueId } from "../testing/emulators";
import { schemaConverter } from "./converters";
import { useLivePages } from "./live-pages";

// useLivePages on the real Firestore emulator, rules enforced, as a staff
// member of one agency reading its activity entries in pages (no function
// reacts to them).

const entryConverter = schemaConverter(z.object({ name: z.string(), type: z.string() }));

let owner: Firestore;
let staff: Firestore;
let agencyId: string;

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

/** Entries of a fresh type, so each test reads only its own. */
async function seedEntries(type: string, names: string[]) {
  for (const name of names) {
    await setDoc(doc(owner, `agencies/${agencyId}/activity/${uniqueId("entry")}`), { name, type });
  }
}

const entriesByName = (type: string) =>
  query(
    collection(staff, `agencies/${agencyId}/activity`).withConverter(entryConverter),
    where("type", "==", type),
    orderBy("name"),
  );

describe("useLivePages", () => {
  it("reads page by page after a cursor, and knows when there is no more", async () => {
    const type = uniqueId("type");
    await seedEntries(type, ["Ana", "Bea", "Cy"]);
    const { result } = renderHook(() => useLivePages(entriesByName(type), 2));
    expect(result.current.status).toBe("loading");
    await waitFor(() => expect(result.current.items.map((c) => c.name)).toEqual(["Ana", "Bea"]));
    expect(result.current.hasMore).toBe(true);

    act(() => result.current.loadMore());
    await waitFor(() =>
      expect(result.current.items.map((c) => c.name)).toEqual(["Ana", "Bea", "Cy"]),
    );
    expect(result.current).toMatchObject({ status: "ready", hasMore: false, loadingMore: false });
    expect(result.current.documentsRead).toBe(3);
  });

  it("gives the error state, not loading forever, when a document fails its schema", async () => {
    const type = uniqueId("type");
    await seedEntries(type, ["Ana"]);
    await setDoc(doc(owner, `agencies/${agencyId}/activity/${uniqueId("entry")}`), {
      name: 7,
      type,
    });
    const { result } = renderHook(() => useLivePages(entriesByName(type), 2));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toBeInstanceOf(z.ZodError);
  });

  it("gives the error state when the rules refuse the listener", async () => {
    const otherAgencyEntries = `agencies/${uniqueId("other-agency")}/activity`;
    const { result } = renderHook(() => useLivePages(collection(staff, otherAgencyEntries), 2));
    await waitFor(() => expect(result.current.status).toBe("error"));
    expect(result.current.error).toMatchObject({ code: "permission-denied" });
  });

  it("keeps its pages for an equal query and starts again from page 1 for a different one", async () => {
    const firstType = uniqueId("type");
    const secondType = uniqueId("type");
    await seedEntries(firstType, ["Ana", "Bea", "Cy"]);
    await seedEntries(secondType, ["Dee"]);
    const { result, rerender } = renderHook(({ type }) => useLivePages(entriesByName(type), 2), {
      initialProps: { type: firstType },
    });
    await waitFor(() => expect(result.current.hasMore).toBe(true));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items).toHaveLength(3));
    const items = result.current.items;

    rerender({ type: firstType });
    expect(result.current.items).toBe(items);

    rerender({ type: secondType });
    expect(result.current).toMatchObject({ status: "loading", items: [], documentsRead: 0 });
    await waitFor(() => expect(result.current.items.map((c) => c.name)).toEqual(["Dee"]));
    expect(result.current).toMatchObject({ status: "ready", hasMore: false });
  });

  it("keeps only the pages near the screen live, and refreshes a far page when it comes back", async () => {
    const type = uniqueId("type");
    const names = Array.from({ length: 12 }, (_, i) => `N${String(i + 1).padStart(2, "0")}`);
    const ids = new Map<string, string>();
    for (const name of names) {
      const id = uniqueId("entry");
      ids.set(name, id);
      await setDoc(doc(owner, `agencies/${agencyId}/activity/${id}`), { name, type });
    }
    const rename = (name: string, to: string) =>
      setDoc(doc(owner, `agencies/${agencyId}/activity/${ids.get(name)}`), { name: to, type });
    const { result } = renderHook(() => useLivePages(entriesByName(type), 2));
    for (let page = 1; page < 6; page += 1) {
      await waitFor(() => expect(result.current.items).toHaveLength(page * 2));
      act(() => result.current.loadMore());
    }
    await waitFor(() => expect(result.current.items).toHaveLength(12));
    // A view that never says what is on screen keeps every page live.
    expect(result.current.liveListeners).toBe(6);

    // Scrolled to the end (rows 10-11, page 5): pages 3 to 5 listen, pages 0 to 2 keep their rows.
    act(() => result.current.showing(10, 11));
    await waitFor(() => expect(result.current.liveListeners).toBe(3));
    expect(result.current.items).toHaveLength(12);

    // The same change reaches a live page and not a far one (positive evidence first).
    await rename("N09", "N09b");
    await rename("N01", "N01b");
    await waitFor(() => expect(result.current.items.map((c) => c.name)).toContain("N09b"));
    expect(result.current.items.map((c) => c.name)).toContain("N01");

    // Back at the top: page 0 listens again and shows the change; the newest page stays live.
    act(() => result.current.showing(0, 1));
    await waitFor(() => expect(result.current.items.map((c) => c.name)).toContain("N01b"));
    expect(result.current.liveListeners).toBe(4);
  });
});
