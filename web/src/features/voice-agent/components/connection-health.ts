import { formatTimeAgo } from "@portico/domain/format";
import { type AgentConnectionDoc, SILENCE_WARNING_DAYS } from "@portico/domain/voice/connections";
import type { BadgeTone } from "../../../components/badge";

export interface ConnectionHealth {
  tone: BadgeTone;
  /** A word or two for the badge. */
  label: string;
  /** The sentence beside it: when the last event came, what to check. */
  detail: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

type HealthFields = Pick<AgentConnectionDoc, "status" | "lastEventAt" | "lastRefusalAt">;

/**
 * How a connection is doing, from its last accepted and last refused
 * delivery: receiving, quiet for SILENCE_WARNING_DAYS or more (a warning:
 * the platform may have stopped posting here), no events yet, or off.
 */
export function connectionHealth(connection: HealthFields, now: Date): ConnectionHealth {
  const { lastEventAt, lastRefusalAt } = connection;
  const refusedSince =
    lastRefusalAt && (!lastEventAt || lastRefusalAt > lastEventAt)
      ? ` The last delivery was refused ${formatTimeAgo(lastRefusalAt, now, "en", "long")}: see why in the delivery log.`
      : "";
  if (connection.status === "disabled") {
    return {
      tone: "neutral",
      label: "Off",
      detail: "Turned off: Portico refuses its webhooks until it is turned on again.",
    };
  }
  if (!lastEventAt) {
    return {
      tone: refusedSince ? "danger" : "info",
      label: "No events yet",
      detail: `No events yet. Finish the set-up on the platform, then make a test call or booking.${refusedSince}`,
    };
  }
  const lastEvent = `Last event ${formatTimeAgo(lastEventAt, now, "en", "long")}.`;
  const quietDays = Math.floor((now.getTime() - lastEventAt.getTime()) / DAY_MS);
  if (quietDays >= SILENCE_WARNING_DAYS) {
    return {
      tone: "warning",
      label: `Quiet for ${quietDays} days`,
      detail: `${lastEvent} Nothing has arrived for ${quietDays} days: check that the platform still posts to this URL.${refusedSince}`,
    };
  }
  return {
    tone: refusedSince ? "warning" : "success",
    label: refusedSince ? "Refusing" : "Receiving",
    detail: `${lastEvent}${refusedSince}`,
  };
}
