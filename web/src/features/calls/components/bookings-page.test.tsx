import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestApps } from "../../../testing/emulators";
import { CallsViewContext } from "../calls-view";
import { CLIENT_TIME_ZONE, type PortalReader, portalReader } from "../testing/portal-reader";
import { BookingsPage } from "./bookings-page";

// The portal's Bookings page on the Firestore emulator, read through the rules
// as the client's portal user: times are in the client's zone (Asia/Tokyo),
// not the zone the attendee booked in (Europe/Amsterdam) nor the browser's.

let reader: PortalReader;

beforeAll(async () => {
  reader = await portalReader();
  await reader.storeBooking("bookingPast", {
    title: "Past cleaning",
    startsAt: "2026-03-02T17:00:00.000Z",
    timeZone: "Europe/Amsterdam",
  });
  await reader.storeBooking("bookingUpcoming", {
    title: "Upcoming checkup",
    startsAt: `${new Date().getUTCFullYear() + 1}-07-15T17:00:00.000Z`,
    timeZone: "Europe/Amsterdam",
  });
}, 120_000);

afterAll(async () => {
  await reader?.close();
  await closeTestApps();
});

const bookingRow = async (bookingId: string) => {
  const cell = await screen.findByText(
    (_, element) => element?.getAttribute("data-booking-id") === bookingId,
    {},
    { timeout: 15_000 },
  );
  const row = cell.closest("tr");
  if (!row) throw new Error(`no row for ${bookingId}`);
  return row;
};

describe("Bookings page", () => {
  it("shows a booking at 17:00 UTC as the client's local time, with the zone named", async () => {
    expect(reader.view.timeZone).toBe(CLIENT_TIME_ZONE);
    render(
      <MemoryRouter initialEntries={["/portal/bookings"]}>
        <CallsViewContext.Provider value={reader.view}>
          <BookingsPage />
        </CallsViewContext.Provider>
      </MemoryRouter>,
    );
    // 17:00 UTC is 02:00 the next day in Tokyo (GMT+9, no daylight saving).
    const past = await bookingRow("bookingPast");
    expect(within(past).getByText("Mar 3, 2026, 2:00 AM (GMT+9)")).toBeTruthy();
    expect(within(past).queryByText(/5:00 PM|6:00 PM/)).toBeNull();

    const upcoming = await bookingRow("bookingUpcoming");
    const year = new Date().getUTCFullYear() + 1;
    expect(within(upcoming).getByText(`Jul 16, ${year}, 2:00 AM (GMT+9)`)).toBeTruthy();
  });
});
