import type { TranscriptTurn } from "./call";

/**
 * The transcript line being spoken at `seconds` into the recording: the last
 * line that has started by then, while it lasts (a pause after the last line
 * highlights nothing). Null before the first line, or when the platform gave
 * no timings. Lines are in the order they were spoken.
 */
export function activeTurnIndex(turns: readonly TranscriptTurn[], seconds: number): number | null {
  let active: number | null = null;
  for (const [index, turn] of turns.entries()) {
    if (turn.start === null) continue;
    if (turn.start > seconds) break;
    active = index;
  }
  if (active === null) return null;
  const turn = turns[active];
  const isLast = turns.slice(active + 1).every((later) => later.start === null);
  if (isLast && turn?.end !== null && turn?.end !== undefined && seconds > turn.end) return null;
  return active;
}

/** The transcript as plain text, one "Speaker: words" line per turn (for copying). */
export function transcriptText(
  turns: readonly TranscriptTurn[],
  speakerName: (speaker: TranscriptTurn["speaker"]) => string,
): string {
  return turns.map((turn) => `${speakerName(turn.speaker)}: ${turn.text}`).join("\n");
}
