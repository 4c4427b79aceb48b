import { clientDocSchema } from "@portico/domain/clients";
import { csvRow } from "@portico/domain/csv";
import { docIdSchema } from "@portico/domain/ids";
import { paths } from "@portico/domain/paths";
import { localTime } from "@portico/domain/voice/business-hours";
import { addDays, zonedDayStart } from "@portico/domain/voice/rollup-figures";
import { type CallDoc, callCostDocSchema, callDocSchema } from "@portico/domain/voice/stored";
import type { QueryDocumentSnapshot, QuerySnapshot } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onRequest } from "firebase-functions/v2/https";
import { z } from "zod";
import { auth, db } from "../admin";
import { storedData } from "./storedData";

/** Calls per read: the response is written page by page, never held whole. */
const PAGE = 500;
const MAX_DAYS = 366;

const querySchema = z
  .object({
    clientId: docIdSchema("Choose a client."),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .refine((range) => range.from <= range.to && range.to <= addDays(range.from, MAX_DAYS), {
    message: "Choose a range of at most a year.",
  });

const memberStatusSchema = z.object({ status: z.string() });

type Reader = { kind: "staff" | "portal"; agencyId: string };

/** The same people the calls rules let read: the agency's active staff, the client's active portal users. */
async function readerOf(idToken: string, clientId: string): Promise<Reader | null> {
  const token = await auth.verifyIdToken(idToken).catch(() => null);
  const agencyId = token?.agencyId;
  if (!token || typeof agencyId !== "string" || !docIdSchema().safeParse(agencyId).success) {
    return null;
  }
  const isActive = async (path: string) => {
    const snapshot = await db.doc(path).get();
    return (
      snapshot.exists && memberStatusSchema.safeParse(snapshot.data()).data?.status === "active"
    );
  };
  if (token.role === "portal") {
    if (token.clientId !== clientId) return null;
    return (await isActive(paths.portalMember(agencyId, clientId, token.uid)))
      ? { kind: "portal", agencyId }
      : null;
  }
  return (await isActive(paths.member(agencyId, token.uid))) ? { kind: "staff", agencyId } : null;
}

const HEADERS = [
  "Started",
  "Caller number",
  "Caller name",
  "Direction",
  "Outcome",
  "Duration (seconds)",
  "Sentiment",
  "Successful",
  "Booked",
  "Summary",
] as const;

function callRow(call: CallDoc, timeZone: string, costCents?: number | null) {
  const started = call.startedAt ? new Date(call.startedAt) : call.sortAt;
  const local = localTime(started, timeZone);
  const cells: (string | number | boolean | null)[] = [
    `${local.date} ${local.clock}`,
    call.callerNumber,
    call.callerName,
    call.direction,
    call.outcome ?? "in progress",
    call.durationSeconds === null ? null : Math.round(call.durationSeconds),
    call.sentiment,
    call.successful,
    call.booked,
    call.summary,
  ];
  if (costCents !== undefined) cells.push(costCents === null ? null : (costCents / 100).toFixed(2));
  return csvRow(cells);
}

/**
 * Portal -> Analytics -> Export: the client's calls of a range of local days,
 * newest first, as CSV, streamed page by page (`GET ?clientId&from&to`,
 * `Authorization: Bearer <ID token>`). Staff also get what each call cost the
 * agency; portal users never do.
 */
export const callCsv = onRequest(
  { invoker: "public", cors: true, timeoutSeconds: 300 },
  async (request, response) => {
    response.set("Cache-Control", "private, no-store");
    if (request.method !== "GET") {
      response.status(405).set("Allow", "GET").json({ error: "method-not-allowed" });
      return;
    }
    const parsed = querySchema.safeParse(request.query);
    if (!parsed.success) {
      response
        .status(400)
        .json({ error: "invalid-range", reason: parsed.error.issues[0]?.message });
      return;
    }
    const { clientId, from, to } = parsed.data;
    const idToken = /^Bearer (.+)$/.exec(request.header("authorization") ?? "")?.[1] ?? "";
    const reader = idToken ? await readerOf(idToken, clientId) : null;
    if (!reader) {
      response.status(403).json({ error: "no-access", reason: "You cannot read these calls." });
      return;
    }
    const { agencyId } = reader;
    const clientSnap = await db.doc(paths.client(agencyId, clientId)).get();
    if (!clientSnap.exists) {
      response.status(404).json({ error: "not-found", reason: "This client no longer exists." });
      return;
    }
    const { timeZone } = storedData(clientDocSchema.pick({ timeZone: true }), clientSnap.data());
    const withCost = reader.kind === "staff";

    response.status(200);
    response.set("Content-Type", "text/csv; charset=utf-8");
    response.set("Content-Disposition", `attachment; filename="calls-${from}-to-${to}.csv"`);
    response.write(csvRow(withCost ? [...HEADERS, "Platform cost (USD)"] : [...HEADERS]));

    const range = db
      .collection(paths.calls(agencyId, clientId))
      .where("sortAt", ">=", zonedDayStart(from, timeZone))
      .where("sortAt", "<", zonedDayStart(addDays(to, 1), timeZone))
      .orderBy("sortAt", "desc")
      .limit(PAGE);
    let after: QueryDocumentSnapshot | null = null;
    try {
      for (;;) {
        const page: QuerySnapshot = await (after ? range.startAfter(after) : range).get();
        const costs =
          withCost && page.docs.length > 0
            ? await db.getAll(
                ...page.docs.map((doc) => db.doc(paths.callCost(agencyId, clientId, doc.id))),
              )
            : [];
        let chunk = "";
        page.docs.forEach((doc, index) => {
          const cost = costs[index];
          const cents = !withCost
            ? undefined
            : cost?.exists
              ? storedData(callCostDocSchema, cost.data()).platformCostCents
              : null;
          chunk += callRow(storedData(callDocSchema, doc.data()), timeZone, cents);
        });
        if (chunk) response.write(chunk);
        if (page.docs.length < PAGE) break;
        after = page.docs[page.docs.length - 1] ?? null;
      }
      response.end();
    } catch (error) {
      // Headers are sent: end the body short; the browser's download shows as failed.
      logger.error("Call export failed", { agencyId, clientId, error: String(error) });
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  },
);
