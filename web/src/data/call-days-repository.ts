import { paths } from "@portico/domain/paths";
import { FUNCTIONS_REGION } from "@portico/domain/region";
import { callDayDocSchema } from "@portico/domain/voice/rollups";
import { collection, orderBy, query, where } from "firebase/firestore";
import { useMemo } from "react";
import { schemaConverter } from "../lib/converters";
import { auth } from "../lib/firebase";
import { app, emulatorPorts } from "../lib/firebase-app";
import { db } from "../lib/firestore";
import { useLiveQuery } from "../lib/live";

/*
 * The client's calls counted per local day (`callDays`, kept by the functions
 * as calls and bookings arrive): every Overview and Analytics figure is a sum
 * over at most a few hundred of these, never over the calls themselves.
 */

const dayConverter = schemaConverter(callDayDocSchema);

/** The days from `from` to `to` (local dates, inclusive), live. */
function callDaysQuery(agencyId: string, clientId: string, from: string, to: string) {
  return query(
    collection(db, paths.callDays(agencyId, clientId)).withConverter(dayConverter),
    where("day", ">=", from),
    where("day", "<=", to),
    orderBy("day", "asc"),
  );
}

export function useCallDays(agencyId: string, clientId: string, from: string, to: string) {
  return useLiveQuery(
    useMemo(() => callDaysQuery(agencyId, clientId, from, to), [agencyId, clientId, from, to]),
  );
}

/**
 * The calls of a range as CSV, streamed by the callCsv function (Hosting's
 * `/exports/calls` in production, the Functions emulator's own URL locally),
 * authorized by the signed-in user's ID token.
 */
export async function downloadCallsCsv(clientId: string, from: string, to: string): Promise<Blob> {
  const token = await auth.currentUser?.getIdToken();
  if (!token) throw new Error("Sign in again to export.");
  const search = new URLSearchParams({ clientId, from, to }).toString();
  const base = emulatorPorts
    ? `http://127.0.0.1:${emulatorPorts.functions}/${app.options.projectId ?? "demo-portico"}/${FUNCTIONS_REGION}/callCsv`
    : "/exports/calls";
  const response = await fetch(`${base}?${search}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`The export failed (${response.status}).`);
  return response.blob();
}
