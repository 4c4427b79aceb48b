import { paths } from "@portico/domain/paths";
import { act, render, screen } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { doc, setDoc, Timestamp } from "firebase/firestore";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auth } from "../../../lib/firebase";
import { SessionProvider, useSession } from "../../../lib/session";
import {
  closeTestApps,
  createUserWithClaims,
  firestoreAs,
  uniqueId,
} from "../../../testing/emulators";
import { AgentsPage } from "./agents-page";

// The Agents page on the emulators, signed in as an owner: one client's
// summary (written here as functions write it), and the page's minute clock.

const agencyId = uniqueId("agency");
const PASSWORD = "portico-test-1";

beforeAll(async () => {
  const email = `${uniqueId("owner")}@agents-page.test`;
  const uid = await createUserWithClaims(email, PASSWORD, { agencyId, role: "owner" });
  const owner = firestoreAs("owner");
  await setDoc(doc(owner, paths.member(agencyId, uid)), {
    uid,
    email,
    displayName: "Otto Owner",
    role: "owner",
    status: "active",
    joinedAt: Timestamp.now(),
  });
  const minutesAgo = (minutes: number) => Timestamp.fromMillis(Date.now() - minutes * 60_000);
  await setDoc(doc(owner, paths.agentSummary(agencyId, "client-1")), {
    clientName: "Bright Dental",
    timeZone: "Europe/Madrid",
    hasConnection: true,
    connections: [
      {
        connectionId: "connection-1",
        platform: "retell",
        label: "Front desk",
        status: "active",
        lastEventAt: minutesAgo(3),
        lastRefusalAt: null,
      },
    ],
    syncFailed: false,
    days: {},
    updatedAt: Timestamp.now(),
  });
  await signInWithEmailAndPassword(auth, email, PASSWORD);
}, 60_000);

afterAll(async () => {
  vi.useRealTimers();
  await signOut(auth);
  await closeTestApps();
});

function WhenSignedIn({ children }: { children: ReactNode }) {
  return useSession().status === "signedIn" ? children : null;
}

describe("Agents", () => {
  it("keeps a keyboard user's focus on a client's link when the minute clock ticks", async () => {
    // Only the page's minute clocks (setInterval) are driven here; Firestore keeps real time.
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    render(
      <SessionProvider>
        <MemoryRouter>
          <WhenSignedIn>
            <AgentsPage />
          </WhenSignedIn>
        </MemoryRouter>
      </SessionProvider>,
    );
    const link = await screen.findByRole("link", { name: "Bright Dental" });
    expect(screen.getByText("3 minutes ago")).toBeTruthy();
    link.focus();
    expect(document.activeElement).toBe(link);

    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    // The minute ticked: the page rebuilt its rows with the new time...
    expect(screen.getByRole("link", { name: "Bright Dental" })).toBe(link);
    // ...and the link is the same element, still focused: the cells were not remounted.
    expect(document.activeElement).toBe(link);
  });
});
