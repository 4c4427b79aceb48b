import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import {
  retellPayload,
  type SampleCall,
  vapiEndOfCallReport,
} from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMULATOR_VAULT_KEY, sealSecret } from "../../functions/src/connectors/tokenVault";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { type DemoVoicePlatform, startDemoVoicePlatform } from "../../scripts/demo-voice/platform";
import { DEMO_CONVERSATIONS, demoCall } from "../../scripts/demo-voice/recordings";
import { demoVoicePort } from "../../scripts/lib/emulators";
import { admin, closeWebClients, uniqueMarker } from "../support/emulator-clients";
import {
  functionUrl,
  post,
  RETELL_KEY,
  type VoiceClient,
  voiceClient,
} from "../support/voice-client";

// A platform's recording URL expires (Retell's signed URLs after a day, Vapi's
// presigned ones): playback asks the platform's API for a fresh one with the
// connection's API key, once, and says clearly why when it cannot.
// The demo voice platform plays Retell's and Vapi's APIs on the port the
// Functions emulator is configured with (RETELL_API_URL, VAPI_API_URL).

const VAPI_API_KEY = "vapi_private_key_refresh_0001";
let platform: DemoVoicePlatform;
let voice: VoiceClient;

beforeAll(async () => {
  platform = await startDemoVoicePlatform(demoVoicePort("test"));
  voice = await voiceClient("rec-refresh");
}, 60_000);
afterAll(async () => {
  await closeWebClients();
  await platform?.close();
});

/** A call whose recording URL expired a minute ago. */
function expiredCall(label: string): SampleCall {
  const conversation = DEMO_CONVERSATIONS[1];
  if (!conversation) throw new Error("no demo conversation");
  const call = demoCall(conversation, {
    callId: uniqueMarker(`call_${label}`),
    agentId: "agent_refresh",
    callerNumber: "+14155550123",
    agentNumber: "+14155550199",
    startedAt: new Date(Date.now() - 5 * 60_000),
    platformUrl: platform.url,
  });
  return {
    ...call,
    recordingUrl: platform.expiringUrl(conversation.id, new Date(Date.now() - 60_000)),
  };
}

async function play(platformName: string, platformCallId: string, range?: string) {
  const callId = await platformRecordId(platformName, platformCallId);
  const { token } = await voice.owner.call<{ token: string }>(CALLABLES.recordingLink, {
    clientId: voice.clientId,
    callId,
  });
  return fetch(await functionUrl("callRecording", token), range ? { headers: { range } } : {});
}

describe("recording URL refresh", () => {
  it("plays a Retell call whose recording URL expired, through a fresh URL from Retell's API", async () => {
    const retell = await voice.connect("retell", { platformKey: RETELL_KEY });
    const call = expiredCall("retell");
    expect((await fetch(call.recordingUrl)).status).toBe(403);
    platform.knowCall(call.id, DEMO_CONVERSATIONS[1]?.id ?? "", RETELL_KEY);
    const body = JSON.stringify(retellPayload(call, "call_analyzed"));
    expect((await post(retell.connectionId, body, signAs.retell(body, RETELL_KEY))).status).toBe(
      200,
    );

    const whole = await play("retell", call.id);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/ogg");
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("OggS");
    const part = await play("retell", call.id, "bytes=100-199");
    expect(part.status).toBe(206);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100, 200));
  }, 90_000);

  it("says the platform no longer has the recording when its API does not know the call", async () => {
    const retell = await voice.connect("retell", { platformKey: RETELL_KEY });
    const call = expiredCall("retell_gone");
    const body = JSON.stringify(retellPayload(call, "call_analyzed"));
    expect((await post(retell.connectionId, body, signAs.retell(body, RETELL_KEY))).status).toBe(
      200,
    );
    const gone = await play("retell", call.id);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toMatchObject({ error: "recording-unavailable" });
  }, 90_000);

  it("answers a clear 410 for an expired Vapi recording without the Vapi API key, and plays once the key is there", async () => {
    const vapi = await voice.connect("vapi");
    const secret = vapi.secret ?? "";
    const call = expiredCall("vapi");
    platform.knowCall(call.id, DEMO_CONVERSATIONS[1]?.id ?? "", VAPI_API_KEY);
    const body = JSON.stringify(vapiEndOfCallReport(call));
    expect((await post(vapi.connectionId, body, signAs.vapi(body, secret))).status).toBe(200);

    const refused = await play("vapi", call.id);
    expect(refused.status).toBe(410);
    expect(await refused.json()).toMatchObject({
      error: "recording-expired",
      reason: expect.stringContaining("no API key"),
    });

    process.env.TOKEN_VAULT_KEY ||= EMULATOR_VAULT_KEY;
    await admin()
      .db.doc(paths.webhookEndpoint(vapi.connectionId))
      .update({ platformApiKey: sealSecret(VAPI_API_KEY, vapi.connectionId) });
    const played = await play("vapi", call.id);
    expect(played.status).toBe(200);
    expect(played.headers.get("content-type")).toBe("audio/ogg");
  }, 90_000);
});
