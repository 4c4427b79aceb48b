/**
 * Makes the demo agent's call recordings: each line spoken by espeak-ng,
 * joined with short pauses, encoded as Ogg Opus, with every line's start and
 * end written beside it so the transcript follows the audio exactly.
 *
 * Run once when the conversations change (needs `espeak-ng` and `opusenc`,
 * Debian: `apt-get install espeak-ng opus-tools`); the output is committed:
 *   tsx scripts/demo-voice/make-recordings.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_CONVERSATIONS, VOICES } from "./conversations";
import { DEMO_RECORDINGS_DIR, type DemoTimings } from "./recordings";

const SAMPLE_RATE = 22_050;
const PAUSE_SECONDS = 0.6;

/** The PCM samples of a 16-bit mono WAV file espeak-ng wrote (its header is 44 bytes). */
function pcmOf(wavFile: string): Buffer {
  const wav = readFileSync(wavFile);
  const dataAt = wav.indexOf("data");
  return wav.subarray(dataAt + 8);
}

function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0);
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write("data", 36);
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

const work = mkdtempSync(path.join(tmpdir(), "portico-demo-voice-"));
const timings: DemoTimings = {};
try {
  for (const conversation of DEMO_CONVERSATIONS) {
    const voices = VOICES[conversation.language];
    const pause = Buffer.alloc(Math.round(PAUSE_SECONDS * SAMPLE_RATE) * 2);
    const parts: Buffer[] = [pause];
    let seconds = PAUSE_SECONDS;
    const lines: DemoTimings[string]["lines"] = [];
    conversation.lines.forEach((text, index) => {
      const voice = index % 2 === 0 ? voices.agent : voices.caller;
      const file = path.join(work, `${conversation.id}-${index}.wav`);
      execFileSync("espeak-ng", ["-v", voice, "-s", "160", "-w", file, text]);
      const pcm = pcmOf(file);
      const length = pcm.length / 2 / SAMPLE_RATE;
      lines.push({ start: round(seconds), end: round(seconds + length) });
      parts.push(pcm, pause);
      seconds += length + PAUSE_SECONDS;
    });
    const pcm = Buffer.concat(parts);
    const wav = path.join(work, `${conversation.id}.wav`);
    writeFileSync(wav, Buffer.concat([wavHeader(pcm.length), pcm]));
    const ogg = path.join(DEMO_RECORDINGS_DIR, `${conversation.id}.ogg`);
    execFileSync("opusenc", ["--quiet", "--bitrate", "14", wav, ogg]);
    timings[conversation.id] = { durationSeconds: Math.ceil(seconds), lines };
    console.log(`${conversation.id}: ${Math.round(seconds)} s`);
  }
  writeFileSync(
    path.join(DEMO_RECORDINGS_DIR, "timings.json"),
    `${JSON.stringify(timings, null, 2)}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
