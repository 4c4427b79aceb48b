import { recordingLinkCallable } from "@portico/domain/callables/voice";
import { paths } from "@portico/domain/paths";
import { webhookEndpointDocSchema } from "@portico/domain/voice/connections";
import { type CallDoc, callDocSchema, callRecordingDocSchema } from "@portico/domain/voice/stored";
import { logger } from "firebase-functions";
import { HttpsError, onRequest } from "firebase-functions/v2/https";
import { db } from "../admin";
import { isEmulator, TOKEN_VAULT_KEY } from "../config";
import { systemLookup } from "../net/checkedHosts";
import { get, mediaType, type SafeHttpContext } from "../net/safeHttp";
import { serve } from "../serve";
import { RECORDING_LINK_MINUTES, readRecordingLink, signRecordingLink } from "./recordingLinks";
import { EXPIRED_RECORDING_STATUSES, freshRecordingUrl, platformApiKey } from "./recordingRefresh";
import { storedData } from "./storedData";

/** Whoever may hear a client's calls: the agency's active staff, or the client's active portal users. */
async function mayHear(uid: string, agencyId: string, clientId: string): Promise<boolean> {
  const [member, portalMember] = await Promise.all([
    db.doc(paths.member(agencyId, uid)).get(),
    db.doc(paths.portalMember(agencyId, clientId, uid)).get(),
  ]);
  return member.data()?.status === "active" || portalMember.data()?.status === "active";
}

/**
 * A link to play one call's recording, for the signed-in staff member or
 * portal user who may read the call (the same people as the rules allow).
 */
export const recordingLink = serve(
  recordingLinkCallable,
  { secrets: [TOKEN_VAULT_KEY] },
  async (input, { uid }, request) => {
    const { clientId, callId } = input;
    const agencyId = request.auth?.token.agencyId;
    const portalClient = request.auth?.token.clientId;
    if (
      typeof agencyId !== "string" ||
      (typeof portalClient === "string" && portalClient !== clientId)
    ) {
      throw new HttpsError("permission-denied", "You cannot listen to this call.");
    }
    if (!(await mayHear(uid, agencyId, clientId))) {
      throw new HttpsError("permission-denied", "You cannot listen to this call.");
    }
    const recording = await db.doc(paths.callRecording(agencyId, clientId, callId)).get();
    if (!recording.exists) throw new HttpsError("not-found", "This call has no recording.");
    const expiresAt = Date.now() + RECORDING_LINK_MINUTES * 60_000;
    return {
      token: signRecordingLink({ agencyId, clientId, callId, uid, expiresAt }),
      expiresAt: new Date(expiresAt).toISOString(),
    };
  },
);

type Refreshed =
  | { ok: true; url: string }
  | { ok: false; status: number; error: string; reason: string };

/** A fresh URL for a call whose recording URL expired, through the platform's API when Portico has its key. */
async function refreshedRecording(call: CallDoc): Promise<Refreshed> {
  const snapshot = await db.doc(paths.webhookEndpoint(call.connectionId)).get();
  const endpoint = snapshot.exists ? storedData(webhookEndpointDocSchema, snapshot.data()) : null;
  const apiKey = endpoint ? platformApiKey(endpoint, call.connectionId) : null;
  if (!endpoint || !apiKey) {
    return {
      ok: false,
      status: 410,
      error: "recording-expired",
      reason:
        "The platform's link to this recording has expired, and Portico has no API key for the platform to ask for a new one.",
    };
  }
  const url = await freshRecordingUrl(endpoint.platform, call.platformCallId, apiKey);
  return url
    ? { ok: true, url }
    : {
        ok: false,
        status: 404,
        error: "recording-unavailable",
        reason: "The platform no longer has this recording.",
      };
}

const PASSED_HEADERS = [
  "content-type",
  "content-length",
  "content-range",
  "accept-ranges",
] as const;

/**
 * Plays a recording through Portico (`/media/recordings/{token}` behind
 * Hosting): the platform's URL, which may be public to anyone who has it or
 * expire, never reaches the browser. Checks the link and, again, the person's
 * access; passes the browser's Range on so the player can seek; fetches only
 * public addresses (the URL came from a webhook).
 */
export const callRecording = onRequest(
  { invoker: "public", secrets: [TOKEN_VAULT_KEY], timeoutSeconds: 120, concurrency: 40 },
  async (request, response) => {
    response.set("Cache-Control", "private, no-store");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.status(405).set("Allow", "GET").json({ error: "method-not-allowed" });
      return;
    }
    const token = request.path.split("/").filter(Boolean).at(-1) ?? "";
    const link = readRecordingLink(token);
    if (!link) {
      response
        .status(403)
        .json({ error: "link-expired", reason: "This link has expired; open the call again." });
      return;
    }
    if (!(await mayHear(link.uid, link.agencyId, link.clientId))) {
      response
        .status(403)
        .json({ error: "no-access", reason: "You can no longer listen to this call." });
      return;
    }
    const [snapshot, recordingSnapshot] = await Promise.all([
      db.doc(paths.call(link.agencyId, link.clientId, link.callId)).get(),
      db.doc(paths.callRecording(link.agencyId, link.clientId, link.callId)).get(),
    ]);
    const call = snapshot.exists ? storedData(callDocSchema, snapshot.data()) : null;
    const recording = recordingSnapshot.exists
      ? storedData(callRecordingDocSchema, recordingSnapshot.data())
      : null;
    if (!call || !recording) {
      response.status(404).json({ error: "no-recording", reason: "This call has no recording." });
      return;
    }
    const controller = new AbortController();
    request.on("close", () => controller.abort());
    const context: SafeHttpContext = {
      allowPrivateHosts: isEmulator(),
      lookup: systemLookup,
      signal: controller.signal,
      resolved: new Map(),
    };
    const range = request.header("range");
    const fetchRecording = (url: string) =>
      get(new URL(url), "audio/*", context, range ? { range } : {});
    try {
      let { res } = await fetchRecording(recording.url);
      if (EXPIRED_RECORDING_STATUSES.has(res.statusCode ?? 0)) {
        // Expired (or withdrawn): ask the platform for a fresh URL, and try once more.
        res.destroy();
        const refreshed = await refreshedRecording(call);
        if (!refreshed.ok) {
          response
            .status(refreshed.status)
            .json({ error: refreshed.error, reason: refreshed.reason });
          return;
        }
        ({ res } = await fetchRecording(refreshed.url));
      }
      const status = res.statusCode ?? 502;
      if (
        (status !== 200 && status !== 206) ||
        !mediaType(res.headers["content-type"]).startsWith("audio/")
      ) {
        res.destroy();
        logger.warn("Recording fetch refused", { callId: link.callId, status });
        response
          .status(502)
          .json({ error: "platform", reason: "The platform did not return the recording." });
        return;
      }
      response.status(status);
      for (const name of PASSED_HEADERS) {
        const value = res.headers[name];
        if (typeof value === "string") response.set(name, value);
      }
      if (request.method === "HEAD") {
        res.destroy();
        response.end();
        return;
      }
      res.pipe(response);
    } catch (error) {
      logger.warn("Recording fetch failed", { callId: link.callId, error: String(error) });
      response
        .status(502)
        .json({ error: "platform", reason: "The recording could not be fetched." });
    }
  },
);
