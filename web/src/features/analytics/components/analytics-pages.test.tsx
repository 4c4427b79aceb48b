import { paths } from "@portico/domain/paths";
import { localTime } from "@portico/domain/voice/business-hours";
import { addDays } from "@portico/domain/voice/rollup-figures";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { signInWithEmailAndPassword, signOut } from "firebase/auth";
import { doc, type Firestore, setDoc } from "firebase/firestore";
import { MemoryRouter } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auth } from "../../../lib/firebase";
import { analyticsStrings, callsStrings } from "../../../lib/portal-strings";
import {
  closeTestApps,
  createUserWithClaims,
  firestoreAs,
  uniqueId,
} from "../../../testing/emulators";
import { type AnalyticsView, AnalyticsViewContext } from "../analytics-view";
import { AnalyticsPage } from "./analytics-page";
import { OverviewSection } from "./overview-section";

// The Overview and Analytics on the Firestore emulator, read through the rules
// as the client's portal user, from the day counters only (written here as the
// functions write them): figures, their change, live updates, and each chart's table.

const PASSWORD = "portico-test-1";
const ZONE = "Asia/Tokyo";
let owner: Firestore;
let view: AnalyticsView;
const today = localTime(new Date(), ZONE).date;

async function writeDay(day: string, fields: Record<string, unknown>) {
  await setDoc(doc(owner, paths.callDay(view.agencyId, view.clientId, day)), {
    day,
    timeZone: ZONE,
    updatedAt: new Date(),
    ...fields,
  });
}

beforeAll(async () => {
  const agencyId = uniqueId("agency").replace(/-/g, "");
  const clientId = uniqueId("client").replace(/-/g, "");
  const email = `${uniqueId("portal")}@analytics.test`;
  const uid = await createUserWithClaims(email, PASSWORD, { agencyId, clientId, role: "portal" });
  owner = firestoreAs("owner");
  await setDoc(doc(owner, paths.portalMember(agencyId, clientId, uid)), {
    uid,
    email,
    displayName: "Dana",
    status: "active",
    invitedBy: { kind: "agency", uid: "owner", name: "Olga" },
    joinedAt: new Date(),
    updatedAt: new Date(),
  });
  await signInWithEmailAndPassword(auth, email, PASSWORD);
  view = {
    agencyId,
    clientId,
    locale: "en",
    timeZone: ZONE,
    t: analyticsStrings("en"),
    callsT: callsStrings("en"),
    basePath: "/portal",
    includedMinutes: 500,
  };
  // This period: 4 calls (3 answered), 2 bookings, 2 booked calls.
  await writeDay(today, {
    calls: 3,
    outcomes: { answered: 2, missed: 1 },
    durationSeconds: 200,
    timedCalls: 2,
    minutes: 4,
    bookings: 2,
    bookedCalls: 2,
    afterHoursCalls: 1,
    afterHoursAnswered: 1,
    sentiment: { positive: 2, unknown: 1 },
    callsByHour: { h09: 2, h20: 1 },
  });
  await writeDay(addDays(today, -3), {
    calls: 1,
    outcomes: { transferred: 1 },
    durationSeconds: 100,
    timedCalls: 1,
    minutes: 2,
    sentiment: { neutral: 1 },
    callsByHour: { h10: 1 },
  });
  // The previous 30 days: 2 calls, both answered.
  await writeDay(addDays(today, -40), { calls: 2, outcomes: { answered: 2 }, minutes: 3 });
}, 120_000);

afterAll(async () => {
  await signOut(auth);
  await closeTestApps();
});

function renderIn(element: React.ReactNode, path = "/portal") {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AnalyticsViewContext.Provider value={view}>{element}</AnalyticsViewContext.Provider>
    </MemoryRouter>,
  );
}

const figure = (name: string) =>
  document.querySelector(`[data-figure="${name}"]`) as HTMLElement | null;

describe("Overview", () => {
  it("shows the last 30 days' figures with their change, and follows a new day live", async () => {
    renderIn(<OverviewSection />);
    await waitFor(() => expect(figure("calls")?.textContent).toContain("4"));
    expect(within(figure("calls") as HTMLElement).getByText("Up 100%")).toBeTruthy();
    expect(within(figure("answeredRate") as HTMLElement).getByText("75%")).toBeTruthy();
    expect(within(figure("answeredRate") as HTMLElement).getByText("Down 25 pts")).toBeTruthy();
    // 2 bookings of 3 answered calls.
    expect(within(figure("bookingRate") as HTMLElement).getByText("67%")).toBeTruthy();
    expect(within(figure("averageDurationSeconds") as HTMLElement).getByText("1:40")).toBeTruthy();
    expect(within(figure("afterHoursCaptured") as HTMLElement).getByText("1")).toBeTruthy();
    expect(within(figure("minutes") as HTMLElement).getByText("6 of 500 minutes")).toBeTruthy();
    expect(
      within(figure("bookings") as HTMLElement).getByText("No earlier figures to compare"),
    ).toBeTruthy();

    await writeDay(addDays(today, -1), { calls: 2, outcomes: { missed: 2 } });
    await waitFor(() => expect(within(figure("calls") as HTMLElement).getByText("6")).toBeTruthy());
  });
});

describe("Analytics", () => {
  it("shows the range's charts, each with the same numbers as a table", async () => {
    renderIn(<AnalyticsPage />, "/portal/analytics?days=7");
    const callsPerDay = await screen.findByRole("region", { name: "Calls per day" });
    expect(within(callsPerDay).getByRole("img", { name: "Calls per day" })).toBeTruthy();
    fireEvent.click(within(callsPerDay).getByRole("button", { name: "Show as table" }));
    const table = within(callsPerDay).getByRole("table", { name: "Calls per day" });
    // A header and one row per day of the 7.
    expect(within(table).getAllByRole("row")).toHaveLength(8);

    const funnel = screen.getByRole("region", { name: "From calls to bookings" });
    fireEvent.click(within(funnel).getByRole("button", { name: "Show as table" }));
    const steps = within(funnel).getAllByRole("row").slice(1);
    expect(steps.map((row) => row.textContent)).toEqual([
      expect.stringContaining("Calls6100%"),
      expect.stringContaining("Answered350%"),
      expect.stringContaining("Booked233%"),
    ]);

    const heatmap = screen.getByTestId("heatmap");
    const cells = Array.from(heatmap.querySelectorAll("td[data-level]")).map((cell) =>
      Number(cell.textContent || 0),
    );
    expect(cells.reduce((sum, count) => sum + count, 0)).toBe(4);
  });

  it("refuses a custom range that ends before it starts", async () => {
    renderIn(<AnalyticsPage />, "/portal/analytics");
    const form = await screen.findByRole("form", { name: "Custom" });
    fireEvent.change(within(form).getByLabelText("From"), { target: { value: "2026-12-05" } });
    fireEvent.change(within(form).getByLabelText("To"), { target: { value: "2026-12-01" } });
    fireEvent.click(within(form).getByRole("button", { name: "Show" }));
    expect(await within(form).findByRole("alert")).toHaveProperty(
      "textContent",
      "Choose a start on or before the end, at most a year apart.",
    );
  });
});
