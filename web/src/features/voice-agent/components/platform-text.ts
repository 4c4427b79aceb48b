import {
  CONNECTION_PLATFORM_INFO,
  type ConnectionPlatform,
} from "@portico/domain/voice/connections";

/** "Calls", "Bookings" or "Calls and bookings": what a platform's webhooks carry. */
export function kindsText(platform: ConnectionPlatform): string {
  const kinds = CONNECTION_PLATFORM_INFO[platform].kinds;
  if (kinds.length === 2) return "Calls and bookings";
  return kinds[0] === "calls" ? "Calls" : "Bookings";
}
