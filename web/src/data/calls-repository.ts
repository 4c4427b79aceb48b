import { recordingLinkCallable } from "@portico/domain/callables/voice";
import { paths } from "@portico/domain/paths";
import { FUNCTIONS_REGION } from "@portico/domain/region";
import type { CallDirection, CallOutcome } from "@portico/domain/voice/call";
import {
  type BookingDoc,
  bookingDocSchema,
  type CallDoc,
  callCostDocSchema,
  callDocSchema,
  callSearchTerm,
} from "@portico/domain/voice/stored";
import {
  collection,
  doc,
  limit,
  orderBy,
  type Query,
  type QueryConstraint,
  query,
  where,
} from "firebase/firestore";
import { useMemo } from "react";
import { call } from "../lib/callable";
import { schemaConverter } from "../lib/converters";
import { app, emulatorPorts } from "../lib/firebase-app";
import { db } from "../lib/firestore";
import { useLiveDocument, useLiveQuery } from "../lib/live";

/*
 * The client's AI agent's calls and bookings, read by the client's portal
 * users and the agency's staff (rules admit both), and each call's platform
 * cost, read by staff only (never asked for in the portal).
 */

export type CallRow = CallDoc & { id: string };
export type BookingRow = BookingDoc & { id: string };

const callConverter = schemaConverter(callDocSchema);
const bookingConverter = schemaConverter(bookingDocSchema);
const costConverter = schemaConverter(callCostDocSchema);

export interface CallListFilter {
  search: string;
  outcome: CallOutcome | "any";
  direction: CallDirection | "any";
  booked: "any" | "yes" | "no";
  /** Calls from this day on, and before this day's end: "YYYY-MM-DD" in the reader's zone, or "". */
  from: string;
  to: string;
}

export const NO_CALL_FILTER: CallListFilter = {
  search: "",
  outcome: "any",
  direction: "any",
  booked: "any",
  from: "",
  to: "",
};

/** Midnight at the start of a "YYYY-MM-DD" day in the reader's time zone; null when not a day. */
function startOfDay(day: string, plusDays = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The calls list's query: newest first (`sortAt desc`), with each filter an
 * equality (outcome, direction, booked, a search token) and the date range
 * on `sortAt` itself, so every combination is served by one composite index
 * (firestore.indexes.json; checked by the index test).
 */
export function callListQuery(
  agencyId: string,
  clientId: string,
  filter: CallListFilter,
): Query<CallRow> {
  const constraints: QueryConstraint[] = [];
  const term = callSearchTerm(filter.search);
  if (term) constraints.push(where("searchTokens", "array-contains", term));
  if (filter.outcome !== "any") constraints.push(where("outcome", "==", filter.outcome));
  if (filter.direction !== "any") constraints.push(where("direction", "==", filter.direction));
  if (filter.booked !== "any") constraints.push(where("booked", "==", filter.booked === "yes"));
  const from = startOfDay(filter.from);
  const to = startOfDay(filter.to, 1);
  if (from) constraints.push(where("sortAt", ">=", from));
  if (to) constraints.push(where("sortAt", "<", to));
  constraints.push(orderBy("sortAt", "desc"));
  return query(
    collection(db, paths.calls(agencyId, clientId)).withConverter(callConverter),
    ...constraints,
  );
}

/** The few newest calls, live (portal home, client profile). */
export function useLatestCalls(agencyId: string, clientId: string, count: number) {
  const path = paths.calls(agencyId, clientId);
  return useLiveQuery(
    useMemo(
      () =>
        query(
          collection(db, path).withConverter(callConverter),
          orderBy("sortAt", "desc"),
          limit(count),
        ),
      [path, count],
    ),
  );
}

export function useCall(agencyId: string, clientId: string, callId: string) {
  const path = paths.call(agencyId, clientId, callId);
  return useLiveDocument(useMemo(() => doc(db, path).withConverter(callConverter), [path]));
}

/** What the platform charged for a call: staff only (pass staff=false to read nothing). */
export function useCallCost(agencyId: string, clientId: string, callId: string, staff: boolean) {
  const path = paths.callCost(agencyId, clientId, callId);
  return useLiveDocument(
    useMemo(() => (staff ? doc(db, path).withConverter(costConverter) : null), [path, staff]),
  );
}

export function useBooking(agencyId: string, clientId: string, bookingId: string | null) {
  const path = bookingId ? paths.booking(agencyId, clientId, bookingId) : null;
  return useLiveDocument(
    useMemo(() => (path ? doc(db, path).withConverter(bookingConverter) : null), [path]),
  );
}

/** Upcoming bookings (soonest first) or past ones (latest first), from `now`. */
export function bookingListQuery(
  agencyId: string,
  clientId: string,
  when: "upcoming" | "past",
  now: Date,
): Query<BookingRow> {
  const bookings = collection(db, paths.bookings(agencyId, clientId)).withConverter(
    bookingConverter,
  );
  return when === "upcoming"
    ? query(bookings, where("startsAt", ">=", now), orderBy("startsAt", "asc"))
    : query(bookings, where("startsAt", "<", now), orderBy("startsAt", "desc"));
}

/** The few latest bookings by their start, live (client profile). */
export function useLatestBookings(agencyId: string, clientId: string, count: number) {
  const path = paths.bookings(agencyId, clientId);
  return useLiveQuery(
    useMemo(
      () =>
        query(
          collection(db, path).withConverter(bookingConverter),
          orderBy("startsAt", "desc"),
          limit(count),
        ),
      [path, count],
    ),
  );
}

/**
 * Where the player fetches a call's recording: a short-lived link from the
 * recordingLink callable, played through the callRecording function (Hosting's
 * `/media/recordings/**` in production, the Functions emulator's own URL locally).
 */
export async function recordingUrl(clientId: string, callId: string): Promise<string> {
  const { token } = await call(recordingLinkCallable, { clientId, callId });
  if (emulatorPorts) {
    const project = app.options.projectId ?? "demo-portico";
    return `http://127.0.0.1:${emulatorPorts.functions}/${project}/${FUNCTIONS_REGION}/callRecording/${token}`;
  }
  return `/media/recordings/${token}`;
}
