/**
 * `npm run simulate` flags: which platforms post, how often and how many.
 *   --rate=N/min       webhooks sequences per minute (default 6; also N/s, N/h)
 *   --count=N          how many calls (or bookings) to send, then stop (default 10; 0: until Ctrl-C)
 *   --platform=a,b     retell | vapi | portico (calls) and calcom | calendly | portico
 *                      (bookings); default retell,calcom: a Retell call, and a Cal.com
 *                      booking for each call in which the caller books
 */
import { CONNECTION_PLATFORMS, type ConnectionPlatform } from "@portico/domain/voice/connections";

export interface SimulateArgs {
  /** Milliseconds between two calls (or bookings). */
  intervalMs: number;
  /** 0: no limit. */
  count: number;
  platforms: ConnectionPlatform[];
}

const UNIT_MS = { s: 1000, sec: 1000, min: 60_000, m: 60_000, h: 3_600_000 } as const;

export class SimulateArgsError extends Error {}

function rateInterval(value: string): number {
  const match = value.match(/^(\d+(?:\.\d+)?)\/(s|sec|min|m|h)$/);
  const amount = Number(match?.[1]);
  if (!match || !(amount > 0)) {
    throw new SimulateArgsError(
      `--rate needs a number per s, min or h, like --rate=6/min, not "${value}".`,
    );
  }
  return UNIT_MS[match[2] as keyof typeof UNIT_MS] / amount;
}

export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const args: SimulateArgs = { intervalMs: 10_000, count: 10, platforms: ["retell", "calcom"] };
  for (const arg of argv) {
    const [name, value = ""] = arg.split(/=(.*)/s);
    if (name === "--rate") args.intervalMs = rateInterval(value);
    else if (name === "--count") {
      if (!/^\d+$/.test(value))
        throw new SimulateArgsError(`--count needs a whole number, not "${value}".`);
      args.count = Number(value);
    } else if (name === "--platform") {
      const platforms = value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);
      const unknown = platforms.filter(
        (item) => !(CONNECTION_PLATFORMS as readonly string[]).includes(item),
      );
      if (platforms.length === 0 || unknown.length > 0) {
        throw new SimulateArgsError(
          `--platform takes ${CONNECTION_PLATFORMS.join(", ")} (comma-separated), not "${value}".`,
        );
      }
      args.platforms = [...new Set(platforms)] as ConnectionPlatform[];
    } else {
      throw new SimulateArgsError(
        `Unknown option "${arg}". Options: --rate=N/min, --count=N, --platform=retell,calcom.`,
      );
    }
  }
  const calls = args.platforms.filter((platform) =>
    ["retell", "vapi", "portico"].includes(platform),
  );
  if (calls.length > 1) {
    throw new SimulateArgsError(`Choose one call platform at a time, not ${calls.join(" and ")}.`);
  }
  const bookings = args.platforms.filter((platform) => ["calcom", "calendly"].includes(platform));
  if (bookings.length > 1) {
    throw new SimulateArgsError(
      `Choose one booking platform at a time, not ${bookings.join(" and ")}.`,
    );
  }
  return args;
}
