import { describe, expect, it } from "vitest";
import type { TranscriptTurn } from "./call";
import { activeTurnIndex, transcriptText } from "./transcript";

const turn = (start: number | null, end: number | null, text = "…"): TranscriptTurn => ({
  speaker: "agent",
  text,
  start,
  end,
});

describe("activeTurnIndex", () => {
  const turns = [turn(0.5, 3), turn(3.2, 6), turn(7, 9.5)];

  it("is nothing before the first line starts", () => {
    expect(activeTurnIndex(turns, 0)).toBeNull();
    expect(activeTurnIndex(turns, 0.49)).toBeNull();
  });

  it("is the line that has started, from its first second", () => {
    expect(activeTurnIndex(turns, 0.5)).toBe(0);
    expect(activeTurnIndex(turns, 2.9)).toBe(0);
    expect(activeTurnIndex(turns, 3.2)).toBe(1);
    expect(activeTurnIndex(turns, 8)).toBe(2);
  });

  it("keeps the last line through a pause before the next one", () => {
    expect(activeTurnIndex(turns, 6.5)).toBe(1);
  });

  it("is nothing once the last line has ended", () => {
    expect(activeTurnIndex(turns, 9.5)).toBe(2);
    expect(activeTurnIndex(turns, 10)).toBeNull();
  });

  it("skips lines without timings and is nothing when none has any", () => {
    expect(activeTurnIndex([turn(0, 2), turn(null, null), turn(4, 5)], 3)).toBe(0);
    expect(activeTurnIndex([turn(null, null), turn(null, null)], 3)).toBeNull();
  });
});

describe("transcriptText", () => {
  it("writes one line per turn with the speaker's name", () => {
    const turns: TranscriptTurn[] = [
      { speaker: "agent", text: "Hello", start: 0, end: 1 },
      { speaker: "caller", text: "Hi", start: 1, end: 2 },
    ];
    expect(transcriptText(turns, (s) => (s === "agent" ? "Agent" : "Caller"))).toBe(
      "Agent: Hello\nCaller: Hi",
    );
  });
});
