import { paths } from "@portico/domain/paths";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { doc, updateDoc } from "firebase/firestore";
import { MemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestApps } from "../../../testing/emulators";
import { CallsViewContext } from "../calls-view";
import { type PortalReader, portalReader } from "../testing/portal-reader";
import { CallsPage } from "./calls-page";

// The portal's Calls page on the Firestore emulator, read through the rules as
// the client's portal user: newest first, live, filtered and searched by
// Firestore queries (each row carries data-call-id).

let reader: PortalReader;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeAll(async () => {
  reader = await portalReader();
  await reader.storeCall("call-dana", {
    callerName: "Dana Reyes",
    callerNumber: "+14155550123",
    startedAt: minutesAgo(30).toISOString(),
  });
  await reader.storeCall("call-missed", {
    callerNumber: "+31201234567",
    outcome: "missed",
    direction: "inbound",
    sentiment: null,
    startedAt: minutesAgo(20).toISOString(),
  });
  await reader.storeCall("call-outbound", {
    callerName: "Ben Ode",
    callerNumber: "+442071234567",
    direction: "outbound",
    startedAt: minutesAgo(10).toISOString(),
  });
  await updateDoc(
    doc(reader.owner, paths.call(reader.view.agencyId, reader.view.clientId, "call-dana")),
    { bookingId: "booking-1", booked: true },
  );
}, 120_000);

afterAll(async () => {
  await reader?.close();
  await closeTestApps();
});

function renderCalls() {
  return render(
    <MemoryRouter initialEntries={["/portal/calls"]}>
      <CallsViewContext.Provider value={reader.view}>
        <CallsPage />
      </CallsViewContext.Provider>
    </MemoryRouter>,
  );
}

/** The call ids of the rows in the DOM, top to bottom. */
const rowIds = () =>
  Array.from(document.querySelectorAll("tr[data-call-id]"), (row) =>
    row.getAttribute("data-call-id"),
  );

describe("Calls page", () => {
  it("lists calls newest first and shows a new call at the top without reload", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toEqual(["call-outbound", "call-missed", "call-dana"]));
    const dana = document.querySelector('tr[data-call-id="call-dana"]') as HTMLElement;
    expect(within(dana).getByText("Dana Reyes")).toBeTruthy();
    expect(within(dana).getByText("Answered")).toBeTruthy();
    expect(within(dana).getByText("1:35")).toBeTruthy();

    await reader.storeCall("call-new", {
      callerName: "Nora New",
      startedAt: minutesAgo(1).toISOString(),
    });
    await waitFor(() => expect(rowIds()[0]).toBe("call-new"));
    expect(rowIds()).toHaveLength(4);
  });

  it("filters by outcome, direction and booked", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toContain("call-dana"));
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "missed" } });
    await waitFor(() => expect(rowIds()).toEqual(["call-missed"]));
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "any" } });
    fireEvent.change(screen.getByLabelText("Direction"), { target: { value: "outbound" } });
    await waitFor(() => expect(rowIds()).toEqual(["call-outbound"]));
    fireEvent.change(screen.getByLabelText("Direction"), { target: { value: "any" } });
    fireEvent.change(screen.getByLabelText("Booked"), { target: { value: "yes" } });
    await waitFor(() => expect(rowIds()).toEqual(["call-dana"]));
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "failed" } });
    expect(await screen.findByText("No calls match")).toBeTruthy();
  });

  it("filters by date range", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toContain("call-dana"));
    const tomorrow = new Date(Date.now() + 86_400_000);
    const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
    fireEvent.change(screen.getByLabelText("From"), { target: { value: day } });
    expect(await screen.findByText("No calls match")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: day } });
    await waitFor(() => expect(rowIds()).toContain("call-dana"));
  });

  it("searches by the caller's name or number", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toContain("call-dana"));
    const search = screen.getByLabelText("Search calls");
    fireEvent.change(search, { target: { value: "rey" } });
    await waitFor(() => expect(rowIds()).toEqual(["call-dana"]));
    fireEvent.change(search, { target: { value: "+31 20 123" } });
    await waitFor(() => expect(rowIds()).toEqual(["call-missed"]));
    fireEvent.change(search, { target: { value: "2071234" } });
    await waitFor(() => expect(rowIds()).toEqual(["call-outbound"]));
    fireEvent.change(search, { target: { value: "zelda" } });
    expect(await screen.findByText("No calls match")).toBeTruthy();
  });
});
