import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { DEFAULT_TIME_ZONE } from "@portico/domain/time-zones";
import { localTime } from "@portico/domain/voice/business-hours";
import { callDayDocSchema } from "@portico/domain/voice/rollups";
import { calcomPayload, retellPayload } from "@portico/domain/voice/sample-payloads";
import { callFields, platformRecordId } from "@portico/domain/voice/stored";
import { FieldValue } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import {
  admin,
  closeWebClients,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";
import {
  type Connection,
  functionUrl,
  post,
  RETELL_KEY,
  sampleBooking,
  sampleCall,
  type VoiceClient,
  voiceClient,
} from "../support/voice-client";

// The day counters behind Overview and Analytics move with every call and
// booking, exactly once: replays add nothing, a late analysis moves the call
// between buckets, concurrent calls add up, a cancellation moves the booking.

let voice: VoiceClient;
let retell: Connection;
let zone: string;

beforeAll(async () => {
  voice = await voiceClient("voice-rollups");
  retell = await voice.connect("retell", { platformKey: RETELL_KEY });
  const client = await admin().db.doc(paths.client(voice.agencyId, voice.clientId)).get();
  zone = String(client.get("timeZone") ?? DEFAULT_TIME_ZONE);
}, 120_000);

afterAll(closeWebClients);

async function dayOf(at: Date) {
  const day = localTime(at, zone).date;
  const snapshot = await admin()
    .db.doc(paths.callDay(voice.agencyId, voice.clientId, day))
    .get();
  return snapshot.exists
    ? callDayDocSchema.parse({ ...snapshot.data(), updatedAt: new Date() })
    : null;
}

async function postRetell(
  call: ReturnType<typeof sampleCall>,
  event: "call_ended" | "call_analyzed",
) {
  const body = JSON.stringify(retellPayload(call, event));
  return (await post(retell.connectionId, body, signAs.retell(body, RETELL_KEY))).json.result;
}

/** A call on its own local day (days apart), so each test reads only its own counts. */
function callOnDay(
  label: string,
  daysAgo: number,
  extra: Partial<ReturnType<typeof sampleCall>> = {},
) {
  return {
    ...sampleCall(label),
    startedAt: new Date(Date.now() - daysAgo * 86_400_000),
    ...extra,
  };
}

describe("the day counters", () => {
  it("counts a replayed webhook once", async () => {
    const call = callOnDay("replayed", 20);
    expect(await postRetell(call, "call_analyzed")).toBe("stored");
    expect(await postRetell(call, "call_analyzed")).toBe("duplicate");
    expect(await postRetell(call, "call_ended")).toBe("duplicate");
    const day = await dayOf(call.startedAt);
    expect(day).toMatchObject({ calls: 1, durationSeconds: 95, minutes: 2, timedCalls: 1 });
    expect(day?.outcomes.answered).toBe(1);
    expect(day?.sentiment.positive).toBe(1);
  });

  it("moves a call analysed later from unknown to its sentiment and success", async () => {
    const call = callOnDay("analysed-later", 23, { sentiment: "Negative", successful: false });
    await postRetell(call, "call_ended");
    const ended = await dayOf(call.startedAt);
    expect(ended).toMatchObject({ calls: 1 });
    expect(ended?.sentiment).toMatchObject({ unknown: 1, negative: 0 });
    expect(ended?.success).toMatchObject({ unknown: 1, unsuccessful: 0 });
    await postRetell(call, "call_analyzed");
    const analysed = await dayOf(call.startedAt);
    expect(analysed).toMatchObject({ calls: 1 });
    expect(analysed?.sentiment).toMatchObject({ unknown: 0, negative: 1 });
    expect(analysed?.success).toMatchObject({ unknown: 0, unsuccessful: 1 });
  });

  it("adds up 10 different calls arriving at once on one day", async () => {
    const startedAt = new Date(Date.now() - 26 * 86_400_000);
    const calls = Array.from({ length: 10 }, (_, index) =>
      callOnDay(`concurrent-${index}`, 26, {
        startedAt: new Date(startedAt.getTime() + index * 1000),
        durationSeconds: 30 + index,
      }),
    );
    const results = await Promise.all(calls.map((call) => postRetell(call, "call_analyzed")));
    expect(results).toEqual(Array(10).fill("stored"));
    const day = await dayOf(startedAt);
    expect(day).toMatchObject({
      calls: 10,
      timedCalls: 10,
      durationSeconds: 10 * 30 + 45,
      minutes: 10,
    });
    expect(day?.callsByHour.reduce((sum, count) => sum + count, 0)).toBe(10);
  });

  it("counts a booking on the day it was made and moves it to cancellations when cancelled", async () => {
    const calcom = await voice.connect("calcom");
    const secret = calcom.secret ?? "";
    const madeAt = new Date(Date.now() - 29 * 86_400_000);
    const booking = sampleBooking(uniqueMarker("bk-cancel"));
    const send = async (payload: unknown) => {
      const body = JSON.stringify(payload);
      return (await post(calcom.connectionId, body, signAs.calcom(body, secret))).json.result;
    };
    expect(await send(calcomPayload(booking, "BOOKING_CREATED", { createdAt: madeAt }))).toBe(
      "stored",
    );
    expect(await dayOf(madeAt)).toMatchObject({ bookings: 1, cancellations: 0 });
    const cancelAt = new Date(madeAt.getTime() + 3_600_000);
    await send(
      calcomPayload(booking, "BOOKING_CANCELLED", {
        createdAt: cancelAt,
        cancellationReason: "Ill",
      }),
    );
    await send(
      calcomPayload(booking, "BOOKING_CANCELLED", {
        createdAt: cancelAt,
        cancellationReason: "Ill",
      }),
    );
    expect(await dayOf(madeAt)).toMatchObject({ bookings: 1, cancellations: 1 });
  });

  it("counts calls stored before the rollups when the client is recounted, once however often", async () => {
    const startedAt = new Date(Date.now() - 32 * 86_400_000);
    const normalizedId = uniqueMarker("call_old");
    const callId = await platformRecordId("retell", normalizedId);
    await admin()
      .db.doc(paths.call(voice.agencyId, voice.clientId, callId))
      .set({
        ...callFields({
          platform: "retell",
          platformCallId: normalizedId,
          agentId: null,
          stage: "analyzed",
          direction: "inbound",
          callerNumber: "+14155550111",
          callerName: null,
          calledNumber: null,
          startedAt: startedAt.toISOString(),
          endedAt: startedAt.toISOString(),
          durationSeconds: 61,
          outcome: "missed",
          endedReason: null,
          transferTarget: null,
          summary: null,
          sentiment: "neutral",
          successful: null,
          transcript: [],
          structuredData: null,
          recording: null,
          platformCostCents: null,
          metadata: null,
        }),
        connectionId: retell.connectionId,
        bookingId: null,
        booked: false,
        sortAt: startedAt,
        receivedAt: startedAt,
        updatedAt: startedAt,
      });
    expect(await dayOf(startedAt)).toBeNull();
    const recount = () =>
      voice.owner.call<{ calls: number }>(CALLABLES.recountClientCallDays, {
        clientId: voice.clientId,
      });
    expect((await recount()).calls).toBeGreaterThanOrEqual(1);
    await recount();
    const day = await dayOf(startedAt);
    expect(day).toMatchObject({ calls: 1, minutes: 2 });
    expect(day?.outcomes.missed).toBe(1);
  });

  it("moves every call to its new local day when the client's time zone changes", async () => {
    const moving = await voiceClient("voice-rollups-zone");
    const connection = await moving.connect("retell", { platformKey: RETELL_KEY });
    await admin()
      .db.doc(paths.client(moving.agencyId, moving.clientId))
      .update({ timeZone: "UTC" });
    // 03:00 UTC, 30 days ago: that day in UTC, the evening before in Los Angeles.
    const day = new Date(Date.now() - 30 * 86_400_000);
    const startedAt = new Date(
      Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 3),
    );
    const body = JSON.stringify(
      retellPayload({ ...sampleCall("zone-move"), startedAt }, "call_analyzed"),
    );
    await post(connection.connectionId, body, signAs.retell(body, RETELL_KEY));
    const calls = async (zoneName: string) =>
      (
        await admin()
          .db.doc(
            paths.callDay(moving.agencyId, moving.clientId, localTime(startedAt, zoneName).date),
          )
          .get()
      ).data()?.calls ?? 0;
    await expect.poll(() => calls("UTC"), { timeout: 30_000 }).toBe(1);

    await admin()
      .db.doc(paths.client(moving.agencyId, moving.clientId))
      .update({ timeZone: "America/Los_Angeles" });
    await expect.poll(() => calls("America/Los_Angeles"), { timeout: 60_000 }).toBe(1);
    expect(await calls("UTC")).toBe(0);
  }, 120_000);
});

describe("the calls export", () => {
  async function portalUser(clientId: string) {
    const email = `${uniqueMarker("portal")}@rollups.test`;
    const user = await admin().auth.createUser({ email, password: VALID_PASSWORD });
    await admin().auth.setCustomUserClaims(user.uid, {
      agencyId: voice.agencyId,
      clientId,
      role: "portal",
    });
    await admin()
      .db.doc(paths.portalMember(voice.agencyId, clientId, user.uid))
      .set({
        uid: user.uid,
        email,
        displayName: "Dana",
        status: "active",
        invitedBy: { kind: "agency", uid: "owner", name: "Olga" },
        joinedAt: FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      });
    return signedInClient(email, VALID_PASSWORD);
  }

  async function exportAs(client: WebClient | null, from: string, to: string) {
    const token = client ? await client.auth.currentUser?.getIdToken() : undefined;
    const query = new URLSearchParams({ clientId: voice.clientId, from, to });
    const response = await fetch(await functionUrl("callCsv", `?${query}`), {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, text: await response.text() };
  }

  it("streams the range's calls, with the cost for staff only, to those who may read the calls", async () => {
    const startedAt = new Date(Date.now() - 40 * 86_400_000);
    const calls = Array.from({ length: 3 }, (_, index) =>
      callOnDay(`export-${index}`, 40, {
        startedAt: new Date(startedAt.getTime() + index * 60_000),
        summary: `=HYPERLINK("x"), call ${index}`,
      }),
    );
    for (const call of calls) await postRetell(call, "call_analyzed");
    const day = localTime(startedAt, zone).date;

    const staff = await exportAs(voice.owner, day, day);
    expect(staff.status).toBe(200);
    const staffLines = staff.text.trimEnd().split("\r\n");
    expect(staffLines[0]).toContain("Platform cost (USD)");
    expect(staffLines).toHaveLength(1 + 3);
    expect(staffLines[1]).toContain('"\'=HYPERLINK(""x""), call 2"');
    expect(staffLines[1]).toMatch(/,0\.31$/);

    const portal = await exportAs(await portalUser(voice.clientId), day, day);
    expect(portal.status).toBe(200);
    expect(portal.text).not.toContain("cost");
    expect(portal.text.trimEnd().split("\r\n")).toHaveLength(1 + 3);

    const otherClientId = (
      await voice.owner.call<{ clientId: string }>(CALLABLES.createClient, {
        name: "Other Client",
        email: `${uniqueMarker("other")}@rollups.test`,
        type: "client",
        language: "en",
      })
    ).clientId;
    expect((await exportAs(await portalUser(otherClientId), day, day)).status).toBe(403);
    expect((await exportAs(null, day, day)).status).toBe(403);
    expect((await exportAs(voice.owner, day, "not-a-day")).status).toBe(400);
  });
});
