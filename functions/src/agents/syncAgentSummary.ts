import { paths } from "@portico/domain/paths";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import {
  agentSummaryDocSchema,
  dayFiguresOf,
  lastDays,
  SUMMARY_DAYS,
} from "@portico/domain/voice/agent-summaries";
import { agentSyncDocSchema } from "@portico/domain/voice/agent-sync";
import { agentConnectionDocSchema } from "@portico/domain/voice/connections";
import { callDayDocSchema } from "@portico/domain/voice/rollups";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { storedData } from "../voice/storedData";

/** An event this much newer than the summary's is worth a write (the overview judges silence in days). */
const EVENT_PRECISION_MS = 60 * 60 * 1000;

const dayCounts = callDayDocSchema.pick({ calls: true, bookings: true, outcomes: true });
const syncState = agentSyncDocSchema.pick({ state: true });

/**
 * Rebuilds one client's summary from its connections, its client document
 * and its last SUMMARY_DAYS callDays (at most 14 reads), in a transaction.
 * A client with no connection left keeps a summary marked hasConnection:
 * false, which the overview does not list.
 */
async function refreshAgentSummary(agencyId: string, clientId: string, now = new Date()) {
  const summaryRef = db.doc(paths.agentSummary(agencyId, clientId));
  await db.runTransaction(async (tx) => {
    const [client, connections, sync] = await Promise.all([
      tx.get(refs.client(agencyId, clientId)),
      tx.get(db.collection(paths.agentConnections(agencyId, clientId))),
      tx.get(db.doc(paths.agentSync(agencyId, clientId))),
    ]);
    const clientData = client.data();
    if (!clientData) {
      tx.delete(summaryRef);
      return;
    }
    // Clients stored before time zones existed have none: UTC, as the schema's default.
    const timeZone = clientData.timeZone ?? DEFAULT_TIME_ZONE;
    const days = lastDays(now, timeZone, SUMMARY_DAYS);
    const daySnaps = await tx.getAll(...days.map((day) => refs.callDay(agencyId, clientId, day)));
    const figures = Object.fromEntries(
      daySnaps.flatMap((snap, index) =>
        snap.exists ? [[days[index], dayFiguresOf(storedData(dayCounts, snap.data()))]] : [],
      ),
    );
    tx.set(summaryRef, {
      clientName: clientData.name,
      timeZone,
      hasConnection: !connections.empty,
      connections: connections.docs.map((doc) => {
        const connection = storedData(agentConnectionDocSchema, doc.data());
        return {
          connectionId: doc.id,
          platform: connection.platform,
          label: connection.label,
          status: connection.status,
          lastEventAt: connection.lastEventAt,
          lastRefusalAt: connection.lastRefusalAt,
        };
      }),
      syncFailed: sync.exists && storedData(syncState, sync.data()).state === "failed",
      days: figures,
      updatedAt: FieldValue.serverTimestamp(),
    });
  });
}

/**
 * After a write of the agent's sync document: the summary warns while the
 * push of FAQs and settings has given up, and stops once one gets through.
 * Called by onAgentSyncRequested (one function per write).
 */
export async function followSyncChange(
  agencyId: string,
  clientId: string,
  beforeData: unknown,
  afterData: unknown,
) {
  const failed = (data: unknown) => !!data && storedData(syncState, data).state === "failed";
  const syncFailed = failed(afterData);
  if (failed(beforeData) === syncFailed) return;
  const summaryRef = db.doc(paths.agentSummary(agencyId, clientId));
  await db.runTransaction(async (tx) => {
    if (!(await tx.get(summaryRef)).exists) return;
    tx.update(summaryRef, { syncFailed, updatedAt: Timestamp.now() });
  });
}

/**
 * After a connection write: the summary follows a connection added, removed,
 * switched, refusing a delivery or receiving its first event in an hour.
 * Every webhook touches its connection, so the other writes are left alone.
 * Called by syncPortalClientView's connection trigger (one function per write).
 */
export async function followConnectionChange(
  agencyId: string,
  clientId: string,
  beforeData: unknown,
  afterData: unknown,
) {
  const before = beforeData ? storedData(agentConnectionDocSchema, beforeData) : null;
  const after = afterData ? storedData(agentConnectionDocSchema, afterData) : null;
  const eventMoved =
    (after?.lastEventAt?.getTime() ?? 0) - (before?.lastEventAt?.getTime() ?? 0) >=
      EVENT_PRECISION_MS ||
    (after?.lastEventAt && !before?.lastEventAt);
  const changed =
    !before ||
    !after ||
    before.status !== after.status ||
    before.label !== after.label ||
    before.lastRefusalAt?.getTime() !== after.lastRefusalAt?.getTime() ||
    eventMoved;
  if (changed) await refreshAgentSummary(agencyId, clientId);
}

/**
 * A day's counts changed (the rollups): that day's figures are copied into
 * the summary and days past the window dropped, in one transaction; a client
 * without a summary (no connection ever) gets none.
 */
export const syncAgentSummaryOnCallDay = onDocumentWritten(
  "agencies/{agencyId}/clients/{clientId}/callDays/{day}",
  async (event) => {
    const { agencyId, clientId, day } = event.params;
    const summaryRef = db.doc(paths.agentSummary(agencyId, clientId));
    const after = event.data?.after.exists
      ? dayFiguresOf(storedData(dayCounts, event.data.after.data()))
      : null;
    await db.runTransaction(async (tx) => {
      const snap = await tx.get(summaryRef);
      if (!snap.exists) return;
      const summary = storedData(agentSummaryDocSchema, snap.data());
      const window = new Set(lastDays(new Date(), summary.timeZone, SUMMARY_DAYS));
      const days = Object.fromEntries(
        Object.entries(summary.days).filter(([key]) => window.has(key) && key !== day),
      );
      if (after && window.has(day)) days[day] = after;
      tx.update(summaryRef, { days, updatedAt: Timestamp.now() });
    });
  },
);

/**
 * After a client write: the summary follows a rename, a new time zone or the
 * client's deletion, when there is one. Called by syncPortalClientView.
 */
export async function followClientChange(
  agencyId: string,
  clientId: string,
  before: { name?: unknown; timeZone?: unknown } | undefined,
  after: { name?: unknown; timeZone?: unknown } | undefined,
) {
  if (after && before?.name === after.name && before?.timeZone === after.timeZone) return;
  const summary = await db.doc(paths.agentSummary(agencyId, clientId)).get();
  if (!summary.exists) return;
  await refreshAgentSummary(agencyId, clientId);
}
