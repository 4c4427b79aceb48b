import { z } from "zod";
import { addDays } from "../billing/periods";
import { localTime } from "./business-hours";
import { CONNECTION_PLATFORMS, SILENCE_WARNING_DAYS } from "./connections";
import type { CallDayDoc } from "./rollups";

/**
 * One client's agent at a glance, for the agency's overview of all agents
 * (`agencies/{a}/agentSummaries/{clientId}`, staff only, kept by functions):
 * its connections' health fields and its last SUMMARY_DAYS local days of
 * calls, answered calls and bookings, copied from the callDays as they
 * change. The overview reads one document per client, whatever the calls.
 */
export const SUMMARY_DAYS = 14;
export const WEEK_DAYS = 7;

const dayFigures = z.object({
  calls: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  bookings: z.number().int().nonnegative(),
});
export type DayFigures = z.output<typeof dayFigures>;

export const summaryConnectionSchema = z.object({
  connectionId: z.string(),
  platform: z.enum(CONNECTION_PLATFORMS),
  label: z.string(),
  status: z.enum(["active", "disabled"]),
  lastEventAt: z.date().nullable(),
  lastRefusalAt: z.date().nullable(),
});
export type SummaryConnection = z.output<typeof summaryConnectionSchema>;

export const agentSummaryDocSchema = z.object({
  clientName: z.string(),
  timeZone: z.string(),
  /** False once the client's last connection is removed: the overview lists only true. */
  hasConnection: z.boolean(),
  connections: z.array(summaryConnectionSchema),
  /** The last push of FAQs and settings to the agent gave up (agentConfig/sync is "failed"). */
  syncFailed: z.boolean().default(false),
  /** Local day (YYYY-MM-DD) -> that day's figures; days older than SUMMARY_DAYS are dropped. */
  days: z.record(z.string(), dayFigures).default({}),
  updatedAt: z.date(),
});
export type AgentSummaryDoc = z.output<typeof agentSummaryDocSchema>;

/** A callDays document -> what the overview keeps of it (answered: the agent picked up or transferred). */
export function dayFiguresOf(
  day: Pick<CallDayDoc, "calls" | "bookings"> & {
    outcomes: Pick<CallDayDoc["outcomes"], "answered" | "transferred">;
  },
): DayFigures {
  return {
    calls: day.calls,
    answered: day.outcomes.answered + day.outcomes.transferred,
    bookings: day.bookings,
  };
}

/** The last `count` local days up to today, in the client's time zone. */
export function lastDays(now: Date, timeZone: string, count: number): string[] {
  const today = localTime(now, timeZone).date;
  return Array.from({ length: count }, (_, index) => addDays(today, index - count + 1));
}

export type AgentWarning = "silent" | "refusing" | "syncFailing" | "noEvents" | "off";

export interface AgentOverviewRow {
  clientId: string;
  clientName: string;
  callsThisWeek: number;
  /** Answered / calls; null without calls. */
  answeredRate: number | null;
  /** Bookings / answered calls; null without answered calls. */
  bookingRate: number | null;
  lastEventAt: Date | null;
  warnings: AgentWarning[];
  /** Days since the last event, for "silent for N days". */
  quietDays: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A summary -> its overview row: the week's figures summed over its last 7
 * local days, and its warnings, as the voice-agent card judges a connection:
 * silent for SILENCE_WARNING_DAYS or more, refusing deliveries (a refusal
 * after the last accepted event), FAQs and settings that could not reach the
 * agent, no events yet, turned off.
 */
export function agentOverviewRow(
  clientId: string,
  summary: AgentSummaryDoc,
  now: Date,
): AgentOverviewRow {
  const week = lastDays(now, summary.timeZone, WEEK_DAYS);
  const total = { calls: 0, answered: 0, bookings: 0 };
  for (const day of week) {
    const figures = summary.days[day];
    if (!figures) continue;
    total.calls += figures.calls;
    total.answered += figures.answered;
    total.bookings += figures.bookings;
  }
  const active = summary.connections.filter((c) => c.status === "active");
  const lastEventAt = summary.connections.reduce<Date | null>(
    (latest, c) => (c.lastEventAt && (!latest || c.lastEventAt > latest) ? c.lastEventAt : latest),
    null,
  );
  const warnings: AgentWarning[] = [];
  const quietDays = lastEventAt
    ? Math.floor((now.getTime() - lastEventAt.getTime()) / DAY_MS)
    : null;
  if (active.length === 0) warnings.push("off");
  else if (!lastEventAt) warnings.push("noEvents");
  else if (quietDays !== null && quietDays >= SILENCE_WARNING_DAYS) warnings.push("silent");
  if (active.some((c) => c.lastRefusalAt && (!c.lastEventAt || c.lastRefusalAt > c.lastEventAt))) {
    warnings.push("refusing");
  }
  if (summary.syncFailed) warnings.push("syncFailing");
  return {
    clientId,
    clientName: summary.clientName,
    callsThisWeek: total.calls,
    answeredRate: total.calls > 0 ? total.answered / total.calls : null,
    bookingRate: total.answered > 0 ? total.bookings / total.answered : null,
    lastEventAt,
    warnings,
    quietDays,
  };
}

/** Clients that need attention first (most warnings), then the busiest, then by name. */
export function byAttention(a: AgentOverviewRow, b: AgentOverviewRow): number {
  return (
    b.warnings.length - a.warnings.length ||
    b.callsThisWeek - a.callsThisWeek ||
    a.clientName.localeCompare(b.clientName)
  );
}
