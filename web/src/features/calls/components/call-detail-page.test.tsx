import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestApps } from "../../../testing/emulators";
import { CallsViewContext } from "../calls-view";
import { type PortalReader, portalReader } from "../testing/portal-reader";
import { CallDetailPage } from "./call-detail-page";

// A call's page as the client's portal user reads it, on the emulators: the
// summary first, and the transcript kept in step with the player (whose
// link comes from the recordingLink callable). happy-dom plays no sound: the
// test moves the player's time and fires its events as a browser would.

let reader: PortalReader;

const TRANSCRIPT = [
  { speaker: "agent", text: "Bright Smiles, how can I help?", start: 0.4, end: 2.5 },
  { speaker: "caller", text: "I'd like a cleaning.", start: 3, end: 4.6 },
  { speaker: "agent", text: "Tuesday at 10?", start: 5.2, end: 6.8 },
] as const;

beforeAll(async () => {
  reader = await portalReader();
  await reader.storeCall("callTalk", {
    callerName: "Dana Reyes",
    summary: "Booked a cleaning for Tuesday at 10.",
    transcript: TRANSCRIPT.map((turn) => ({ ...turn })),
    structuredData: { service: "Cleaning" },
    recording: { url: "https://recordings.example.com/call.wav", expiresAt: null },
    startedAt: "2026-03-02T17:00:00.000Z",
  });
}, 120_000);

afterAll(async () => {
  await reader?.close();
  await closeTestApps();
});

const turn = (index: number) =>
  document.querySelector(`li[data-turn-index="${index}"]`) as HTMLElement;
const activeTurns = () =>
  Array.from(document.querySelectorAll('li[aria-current="true"]'), (li) =>
    li.getAttribute("data-turn-index"),
  );

describe("Call detail", () => {
  it("shows the summary first, then plays from a line and highlights the line being spoken", async () => {
    render(
      <MemoryRouter initialEntries={["/portal/calls/callTalk"]}>
        <CallsViewContext.Provider value={reader.view}>
          <Routes>
            <Route path="/portal/calls/:callId" element={<CallDetailPage />} />
          </Routes>
        </CallsViewContext.Provider>
      </MemoryRouter>,
    );
    const heading = await screen.findByRole("heading", { level: 1, name: "Call with Dana Reyes" });
    const summary = screen.getByRole("heading", { name: "Summary" });
    const transcript = screen.getByRole("heading", { name: "Transcript" });
    expect(
      heading.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      summary.compareDocumentPosition(transcript) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getByText("Booked a cleaning for Tuesday at 10.")).toBeTruthy();
    expect(screen.getByText("Cleaning")).toBeTruthy();
    // Started 17:00 UTC: shown in the client's zone (Tokyo), the next day at 02:00.
    const details = screen.getByRole("heading", { name: "Details" }).closest("section");
    expect(details?.textContent).toMatch(/Mar 3, 2026, 2:00\sAM \(GMT\+9\)/);

    const audio = (await screen.findByTestId(
      "call-audio",
      {},
      { timeout: 60_000 },
    )) as HTMLAudioElement;
    expect(audio.getAttribute("src")).toMatch(/\/callRecording\/[^/]+$/);
    expect(screen.getByRole("link", { name: "Download recording" }).getAttribute("href")).toBe(
      audio.getAttribute("src"),
    );
    expect(activeTurns()).toEqual([]);

    // Choosing a line plays the recording from where it starts, and highlights it.
    fireEvent.click(turn(1).querySelector("button") as HTMLButtonElement);
    expect(audio.currentTime).toBe(3);
    await waitFor(() => expect(activeTurns()).toEqual(["1"]));

    // As the recording plays on, the highlight follows the line being spoken.
    audio.currentTime = 5.5;
    fireEvent.timeUpdate(audio);
    await waitFor(() => expect(activeTurns()).toEqual(["2"]));
    audio.currentTime = 0.5;
    fireEvent.seeked(audio);
    await waitFor(() => expect(activeTurns()).toEqual(["0"]));
  });
});
