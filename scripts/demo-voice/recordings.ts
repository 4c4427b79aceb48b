import { readFileSync } from "node:fs";
import path from "node:path";
import type { SampleCall } from "@portico/domain/voice/sample-payloads";
import { DEMO_CONVERSATIONS, type DemoConversation } from "./conversations";

/** Where the demo recordings live (Ogg Opus, committed) with their line timings. */
export const DEMO_RECORDINGS_DIR = path.resolve(import.meta.dirname, "recordings");

/** Per conversation: its length and when each line is spoken, in seconds. */
export type DemoTimings = Record<
  string,
  { durationSeconds: number; lines: { start: number; end: number }[] }
>;

function demoTimings(): DemoTimings {
  return JSON.parse(readFileSync(path.join(DEMO_RECORDINGS_DIR, "timings.json"), "utf8"));
}

export interface DemoCallOptions {
  callId: string;
  agentId: string;
  callerNumber: string;
  agentNumber: string;
  startedAt: Date;
  /** Base URL of the demo voice platform, e.g. http://127.0.0.1:5091 */
  platformUrl: string;
}

/** A demo call built on one of the recorded conversations, ready for the platform formats. */
export function demoCall(conversation: DemoConversation, options: DemoCallOptions): SampleCall {
  const timing = demoTimings()[conversation.id];
  if (!timing) throw new Error(`No recording for ${conversation.id}: run make-recordings.ts`);
  return {
    id: options.callId,
    agentId: options.agentId,
    direction: "inbound",
    callerNumber: options.callerNumber,
    agentNumber: options.agentNumber,
    startedAt: options.startedAt,
    durationSeconds: timing.durationSeconds,
    lines: conversation.lines,
    lineTimes: timing.lines,
    recordingUrl: `${options.platformUrl}/recordings/${conversation.id}.ogg`,
    summary: conversation.summary,
    sentiment: conversation.sentiment,
    successful: conversation.successful,
    costCents: Math.round(timing.durationSeconds * 0.12 * 100) / 100,
  };
}

export { DEMO_CONVERSATIONS };
