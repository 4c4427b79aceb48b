import { paths } from "@portico/domain/paths";
import { retellPayload } from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { collection, getDocs } from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { type DemoVoicePlatform, startDemoVoicePlatform } from "../../scripts/demo-voice/platform";
import { DEMO_PORTAL_USER, DEMO_VOICE } from "../../scripts/lib/demo";
import { ensureDemoPortalUser } from "../../scripts/lib/seed-portal-user";
import { seedDemoVoice } from "../../scripts/lib/seed-voice";
import { ensureDemoConnection } from "../../scripts/lib/seed-voice-connections";
import { type SimulationTarget, simulateCall } from "../../scripts/lib/simulate-send";
import { generateVoiceHistory } from "../../scripts/lib/voice-history";
import {
  admin,
  closeWebClients,
  PROJECT_ID,
  runningEmulators,
  signedInClient,
  uniqueMarker,
} from "../support/emulator-clients";
import { post, voiceClient } from "../support/voice-client";

// The demo: `npm run simulate` posts a Retell call and its Cal.com booking in
// the platforms' real formats, and they land as one call with its booking;
// the seeded history is exactly what the webhook endpoint itself would store.

let platform: DemoVoicePlatform;
beforeAll(async () => {
  platform = await startDemoVoicePlatform(0);
});
afterAll(async () => {
  await closeWebClients();
  await platform?.close();
});

async function webhookUrl() {
  const { functions } = await runningEmulators();
  return (connectionId: string) =>
    `http://${functions.host}:${functions.port}/${PROJECT_ID}/us-central1/voiceWebhook/${connectionId}`;
}

describe("the simulator", () => {
  it("sends a Retell call and a Cal.com booking that land as one call and its linked booking", async () => {
    const { agencyId, clientId } = await voiceClient("simulate");
    const target: SimulationTarget = {
      webhookUrl: await webhookUrl(),
      platformUrl: platform.url,
      connections: {
        retell: await ensureDemoConnection(agencyId, clientId, "retell"),
        calcom: await ensureDemoConnection(agencyId, clientId, "calcom"),
      },
      stageGapMs: 0,
    };
    // The first conversation is the one in which the caller books a cleaning.
    const sent = await simulateCall(target, ["retell", "calcom"], 0);
    expect(sent.conversationId).toBe("cleaning-booked");
    expect(sent.deliveries.map((delivery) => [delivery.event, delivery.result])).toEqual([
      ["call_started", "stored"],
      ["call_ended", "stored"],
      ["call_analyzed", "stored"],
      ["BOOKING_CREATED", "stored"],
    ]);

    const db = admin().db;
    const calls = await db.collection(paths.calls(agencyId, clientId)).get();
    const bookings = await db.collection(paths.bookings(agencyId, clientId)).get();
    expect(calls.size).toBe(1);
    expect(bookings.size).toBe(1);
    const call = calls.docs[0];
    const booking = bookings.docs[0];
    expect(call?.id).toBe(await platformRecordId("retell", sent.platformCallId ?? ""));
    expect(call?.data()).toMatchObject({
      stage: "analyzed",
      outcome: "answered",
      sentiment: "positive",
      agentId: DEMO_VOICE.agentId,
      bookingId: booking?.id,
      hasRecording: true,
    });
    // The platform's URL is kept where only functions read it.
    expect(call?.get("recording")).toBeUndefined();
    const recording = await admin()
      .db.doc(paths.callRecording(agencyId, clientId, call?.id ?? ""))
      .get();
    expect(recording.get("url")).toBe(`${platform.url}/recordings/cleaning-booked.ogg`);
    expect(call?.get("transcript")).toHaveLength(10);
    expect(booking?.data()).toMatchObject({ status: "booked", callId: call?.id });
  }, 120_000);
});

describe("the demo seed", () => {
  it("writes a history that the webhook endpoint would store the same way (a re-sent call is a duplicate)", async () => {
    const { agencyId, clientId } = await voiceClient("seed-voice");
    const until = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    const seeded = await seedDemoVoice(agencyId, clientId, {
      platformUrl: platform.url,
      until,
      calls: 60,
    });
    expect(seeded.calls).toBe(60);
    const db = admin().db;
    const calls = await db.collection(paths.calls(agencyId, clientId)).get();
    const bookings = await db.collection(paths.bookings(agencyId, clientId)).get();
    expect(calls.size).toBe(60);
    expect(bookings.size).toBe(seeded.bookings);
    expect(bookings.size).toBeGreaterThan(5);
    const outcomes = new Set(calls.docs.map((doc) => doc.get("outcome")));
    expect(outcomes.size).toBeGreaterThanOrEqual(4);
    // Every booking points at a call that points back at it (or at its reschedule).
    for (const booking of bookings.docs) {
      const call = calls.docs.find((doc) => doc.id === booking.get("callId"));
      expect(call).toBeDefined();
      const linked = bookings.docs.find((doc) => doc.id === call?.get("bookingId"));
      expect(linked?.get("callId")).toBe(call?.id);
    }

    // The newest answered call, re-sent by Retell as it was first sent, changes nothing.
    const history = generateVoiceHistory({ until, platformUrl: platform.url, count: 60 });
    const answered = history.filter((item) => item.recorded && !item.booking).at(-1);
    if (!answered) throw new Error("The history has no answered call without a booking.");
    const body = JSON.stringify(
      retellPayload(answered.call, "call_analyzed", answered.disconnectionReason),
    );
    const retell = await ensureDemoConnection(agencyId, clientId, "retell");
    const resent = await post(retell.connectionId, body, signAs.retell(body, DEMO_VOICE.retellKey));
    expect(resent.json).toMatchObject({ result: "duplicate" });

    // The printed portal login reads the client's calls, as its portal users do.
    // Its own address: another file seeds the demo agency, with the demo login, in this run.
    const login = { ...DEMO_PORTAL_USER, email: `${uniqueMarker("frontdesk")}@brightsmiles.test` };
    await ensureDemoPortalUser(agencyId, clientId, { uid: "owner", name: "Olga Owner" }, login);
    const portal = await signedInClient(login.email, login.password);
    const seen = await getDocs(collection(portal.firestore(), paths.calls(agencyId, clientId)));
    expect(seen.size).toBe(60);
    const otherClient = await voiceClient("seed-voice-other");
    await expect(
      getDocs(collection(portal.firestore(), paths.calls(agencyId, otherClient.clientId))),
    ).rejects.toMatchObject({ code: "permission-denied" });
  }, 120_000);
});
