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
/** happy-dom lays nothing out: the list's scroll box gets a screen's height, so rows render. */
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientHeight");
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeAll(async () => {
  Object.defineProperty(HTMLElement.prototype, "clientHeight", {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains("table-scroll") ? 700 : clientHeight?.get?.call(this);
    },
  });
  reader = await portalReader();
  await reader.storeCall("callDana", {
    callerName: "Dana Reyes",
    callerNumber: "+14155550123",
    startedAt: minutesAgo(30).toISOString(),
  });
  await reader.storeCall("callMissed", {
    callerNumber: "+31201234567",
    outcome: "missed",
    direction: "inbound",
    sentiment: null,
    startedAt: minutesAgo(20).toISOString(),
  });
  await reader.storeCall("callOutbound", {
    callerName: "Ben Ode",
    callerNumber: "+442071234567",
    direction: "outbound",
    startedAt: minutesAgo(10).toISOString(),
  });
  await updateDoc(
    doc(reader.owner, paths.call(reader.view.agencyId, reader.view.clientId, "callDana")),
    { bookingId: "booking-1", booked: true },
  );
}, 120_000);

afterAll(async () => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, "clientHeight", clientHeight);
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
    await waitFor(() => expect(rowIds()).toEqual(["callOutbound", "callMissed", "callDana"]));
    const dana = document.querySelector('tr[data-call-id="callDana"]') as HTMLElement;
    expect(within(dana).getByText("Dana Reyes")).toBeTruthy();
    expect(within(dana).getByText("Answered")).toBeTruthy();
    expect(within(dana).getByText("1:35")).toBeTruthy();

    await reader.storeCall("callNew", {
      callerName: "Nora New",
      startedAt: minutesAgo(1).toISOString(),
    });
    await waitFor(() => expect(rowIds()[0]).toBe("callNew"));
    expect(rowIds()).toHaveLength(4);
  });

  it("filters by outcome, direction and booked", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toContain("callDana"));
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "missed" } });
    await waitFor(() => expect(rowIds()).toEqual(["callMissed"]));
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "any" } });
    fireEvent.change(screen.getByLabelText("Direction"), { target: { value: "outbound" } });
    await waitFor(() => expect(rowIds()).toEqual(["callOutbound"]));
    fireEvent.change(screen.getByLabelText("Direction"), { target: { value: "any" } });
    fireEvent.change(screen.getByLabelText("Booked"), { target: { value: "yes" } });
    await waitFor(() => expect(rowIds()).toEqual(["callDana"]));
    fireEvent.change(screen.getByLabelText("Outcome"), { target: { value: "failed" } });
    expect(await screen.findByText("No calls match")).toBeTruthy();
  });

  it("filters by date range", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toContain("callDana"));
    const tomorrow = new Date(Date.now() + 86_400_000);
    const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
    fireEvent.change(screen.getByLabelText("From"), { target: { value: day } });
    expect(await screen.findByText("No calls match")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: day } });
    await waitFor(() => expect(rowIds()).toContain("callDana"));
  });

  it("searches by the caller's name or number", async () => {
    renderCalls();
    await waitFor(() => expect(rowIds()).toContain("callDana"));
    const search = screen.getByLabelText("Search calls");
    fireEvent.change(search, { target: { value: "rey" } });
    await waitFor(() => expect(rowIds()).toEqual(["callDana"]));
    fireEvent.change(search, { target: { value: "+31 20 123" } });
    await waitFor(() => expect(rowIds()).toEqual(["callMissed"]));
    fireEvent.change(search, { target: { value: "2071234" } });
    await waitFor(() => expect(rowIds()).toEqual(["callOutbound"]));
    fireEvent.change(search, { target: { value: "zelda" } });
    expect(await screen.findByText("No calls match")).toBeTruthy();
  });
});
