import { inviteDocSchema } from "@portico/domain/invites";
import { render, screen } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import type { ReactNode } from "react";
import { MemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataTable } from "../../../components/data-table";
import { ToastProvider } from "../../../components/toast";
import type { InviteRow } from "../../../data/invites-repository";
import { auth } from "../../../lib/firebase";
import { SessionProvider, useSession } from "../../../lib/session";
import { closeTestApps, createUserWithClaims, uniqueId } from "../../../testing/emulators";
import {
  type InviteColumnContext,
  InviteColumnContextProvider,
  inviteColumns,
} from "./invite-columns";

// The row is given; the row's actions need a signed-in agency session (the
// Auth emulator's user with an owner's claims). Nothing is read or called.

const agencyId = uniqueId("agency");

beforeAll(async () => {
  const email = `${uniqueId("owner")}@invite-columns.test`;
  await createUserWithClaims(email, "portico-test-1", { agencyId, role: "owner" });
  await signInWithEmailAndPassword(auth, email, "portico-test-1");
}, 60_000);

afterAll(async () => {
  await signOut(auth);
  await closeTestApps();
});

const invite: InviteRow = {
  id: "invite-1",
  ...inviteDocSchema.parse({
    clientId: "client-1",
    client: {
      name: "Hazel Hotel",
      company: "",
      email: "hazel@example.com",
      faviconUrl: null,
      type: "client",
      language: "en",
    },
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        connectedAccount: { id: "account-1", label: "Agency MCC" },
        status: "pending",
      },
    ],
    intake: { requested: false, status: "not_requested" },
    status: "pending",
    thankYouMessage: "",
    redirectUrl: "",
    cc: [],
    reminders: { count: 0, lastSentAt: null },
    createdAt: new Date("2026-12-01T10:00:00Z"),
    createdBy: { uid: "owner", name: "Otto Owner" },
  }),
};

/** The row's actions read the agency session: render once it is there, as RequireAgency does. */
function WhenSignedIn({ children }: { children: ReactNode }) {
  return useSession().status === "signedIn" ? children : null;
}

function History({ context }: { context: InviteColumnContext }) {
  return (
    <SessionProvider>
      <MemoryRouter>
        <ToastProvider>
          <WhenSignedIn>
            <InviteColumnContextProvider value={context}>
              <DataTable
                label="Invite history"
                columns={inviteColumns(true)}
                data={[invite]}
                getRowId={(row) => row.id}
              />
            </InviteColumnContextProvider>
          </WhenSignedIn>
        </ToastProvider>
      </MemoryRouter>
    </SessionProvider>
  );
}

describe("the invite columns", () => {
  it("keep each row's cells (an open row menu, focus) when the settings and connected accounts arrive", async () => {
    const loading: InviteColumnContext = {
      agencyId,
      canEdit: true,
      cooldownHours: 24,
      connectedAccountIds: null,
    };
    const { rerender } = render(<History context={loading} />);
    const menuButton = await screen.findByRole("button", { name: /More actions/ });
    menuButton.focus();

    // The agency's settings and its connected accounts load after the rows.
    rerender(
      <History
        context={{ ...loading, cooldownHours: 48, connectedAccountIds: new Set(["account-1"]) }}
      />,
    );
    // The same element, still focused: the cell was not remounted.
    expect(screen.getByRole("button", { name: /More actions/ })).toBe(menuButton);
    expect(document.activeElement).toBe(menuButton);
  });
});
