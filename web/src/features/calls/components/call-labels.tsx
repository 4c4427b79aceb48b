import { formatClock } from "@portico/domain/format";
import type { BookingStatus } from "@portico/domain/voice/booking";
import type { CallOutcome, Sentiment } from "@portico/domain/voice/call";
import { Badge, type BadgeTone } from "../../../components/badge";
import type { CallRow } from "../../../data/calls-repository";
import type { CallsStrings } from "../../../lib/portal-strings";

const OUTCOME_TONES: Record<CallOutcome, BadgeTone> = {
  answered: "success",
  transferred: "info",
  voicemail: "neutral",
  missed: "warning",
  abandoned: "warning",
  failed: "danger",
};
const SENTIMENT_TONES: Record<Sentiment, BadgeTone> = {
  positive: "success",
  neutral: "neutral",
  negative: "danger",
  unknown: "neutral",
};
const BOOKING_TONES: Record<BookingStatus, BadgeTone> = {
  booked: "success",
  rescheduled: "info",
  cancelled: "neutral",
};

export function callerOf(call: Pick<CallRow, "callerName" | "callerNumber">, t: CallsStrings) {
  return call.callerName ?? call.callerNumber ?? t.unknownCaller;
}

export function durationOf(call: Pick<CallRow, "durationSeconds">) {
  return call.durationSeconds === null ? "—" : formatClock(call.durationSeconds);
}

export function OutcomeBadge({ outcome, t }: { outcome: CallOutcome | null; t: CallsStrings }) {
  if (outcome === null) return <Badge tone="info">{t.outcome.inProgress}</Badge>;
  return <Badge tone={OUTCOME_TONES[outcome]}>{t.outcome[outcome]}</Badge>;
}

export function SentimentBadge({ sentiment, t }: { sentiment: Sentiment | null; t: CallsStrings }) {
  if (sentiment === null) return <span className="muted">—</span>;
  return <Badge tone={SENTIMENT_TONES[sentiment]}>{t.sentiment[sentiment]}</Badge>;
}

export function BookingStatusBadge({ status, t }: { status: BookingStatus; t: CallsStrings }) {
  return <Badge tone={BOOKING_TONES[status]}>{t.booking.statuses[status]}</Badge>;
}

/** US cents as dollars, e.g. "$0.31" (platforms bill in USD). */
export function formatCost(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}
