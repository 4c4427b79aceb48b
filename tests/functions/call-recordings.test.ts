import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { retellPayload } from "@portico/domain/voice/sample-payloads";
import { platformRecordId } from "@portico/domain/voice/stored";
import { doc, getDoc } from "firebase/firestore";
import { FieldValue } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { type DemoVoicePlatform, startDemoVoicePlatform } from "../../scripts/demo-voice/platform";
import { DEMO_CONVERSATIONS, demoCall } from "../../scripts/demo-voice/recordings";
import { newAgencyOwner } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";
import { functionUrl } from "../support/voice-client";

// A call's recording plays through Portico, never from the platform's URL:
// a short-lived link for whoever may read the call, with HTTP Range for
// seeking; nobody else gets a byte.

const RETELL_KEY = "key_retell_recordings_0001";
let platform: DemoVoicePlatform;
let owner: WebClient;
let agencyId: string;
let clientId: string;
let callId: string;

async function portalUserOf(client: string) {
  const email = `${uniqueMarker("portal")}@recordings.test`;
  const user = await admin().auth.createUser({ email, password: VALID_PASSWORD });
  await admin().auth.setCustomUserClaims(user.uid, { agencyId, clientId: client, role: "portal" });
  await admin()
    .db.doc(paths.portalMember(agencyId, client, user.uid))
    .set({
      uid: user.uid,
      email,
      displayName: "Dana",
      status: "active",
      invitedBy: { kind: "agency", uid: "owner", name: "Olga" },
      joinedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  return { client: await signedInClient(email, VALID_PASSWORD), uid: user.uid };
}

async function newClient(name: string) {
  return (
    await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name,
      email: `${uniqueMarker("client")}@recordings.test`,
      type: "client",
      language: "en",
    })
  ).clientId;
}

beforeAll(async () => {
  platform = await startDemoVoicePlatform(0);
  ({ agencyId, owner } = await newAgencyOwner("rec-owner"));
  clientId = await newClient("Bright Smiles");
  const connection = await owner.call<{ connectionId: string }>(CALLABLES.createAgentConnection, {
    clientId,
    platform: "retell",
    platformKey: RETELL_KEY,
  });
  const conversation = DEMO_CONVERSATIONS[0];
  if (!conversation) throw new Error("no demo conversation");
  const call = demoCall(conversation, {
    callId: uniqueMarker("call_rec"),
    agentId: "agent_demo",
    callerNumber: "+14155550123",
    agentNumber: "+14155550199",
    startedAt: new Date(Date.now() - 60_000),
    platformUrl: platform.url,
  });
  const body = JSON.stringify(retellPayload(call, "call_analyzed"));
  const response = await fetch(await functionUrl("voiceWebhook", connection.connectionId), {
    method: "POST",
    headers: { "content-type": "application/json", ...signAs.retell(body, RETELL_KEY) },
    body,
  });
  expect(response.status).toBe(200);
  callId = await platformRecordId("retell", call.id);
  // The first calls load each function's worker: slow on a busy machine.
}, 120_000);

afterAll(async () => {
  await closeWebClients();
  await platform?.close();
});

describe("call recordings", () => {
  it("plays for the agency's staff, whole and from a byte range", async () => {
    const { token } = await owner.call<{ token: string }>(CALLABLES.recordingLink, {
      clientId,
      callId,
    });
    const url = await functionUrl("callRecording", token);
    const whole = await fetch(url);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/ogg");
    expect(whole.headers.get("cache-control")).toContain("no-store");
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("OggS");

    const part = await fetch(url, { headers: { range: "bytes=1000-1999" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(1000, 2000));
  }, 60_000);

  it("plays for the client's portal user, and not for another client's", async () => {
    const own = await portalUserOf(clientId);
    // The call the portal reads says there is a recording, never where the platform keeps it.
    const seen = await getDoc(doc(own.client.firestore(), paths.call(agencyId, clientId, callId)));
    expect(seen.get("hasRecording")).toBe(true);
    expect(JSON.stringify(seen.data())).not.toContain(platform.url);
    const { token } = await own.client.call<{ token: string }>(CALLABLES.recordingLink, {
      clientId,
      callId,
    });
    expect((await fetch(await functionUrl("callRecording", token))).status).toBe(200);

    const other = await portalUserOf(await newClient("Other Client"));
    const refused = await callableError(
      other.client.call(CALLABLES.recordingLink, { clientId, callId }),
    );
    expect(refused.code).toBe("functions/permission-denied");
  }, 60_000);

  it("stops playing once the portal user's access ends, even with a fresh link", async () => {
    const own = await portalUserOf(clientId);
    const { token } = await own.client.call<{ token: string }>(CALLABLES.recordingLink, {
      clientId,
      callId,
    });
    await admin()
      .db.doc(paths.portalMember(agencyId, clientId, own.uid))
      .update({ status: "revoked" });
    const refused = await fetch(await functionUrl("callRecording", token));
    expect(refused.status).toBe(403);
  }, 60_000);

  it("refuses a forged or altered link", async () => {
    const { token } = await owner.call<{ token: string }>(CALLABLES.recordingLink, {
      clientId,
      callId,
    });
    const parts = token.split(".");
    parts[4] = String(Number(parts[4]) + 3_600_000);
    expect((await fetch(await functionUrl("callRecording", parts.join(".")))).status).toBe(403);
    expect((await fetch(await functionUrl("callRecording", "not-a-link"))).status).toBe(403);
  });

  it("gives staff of another agency nothing: the call is looked for in their own agency only", async () => {
    const { owner: stranger } = await newAgencyOwner("other-owner");
    const refused = await callableError(
      stranger.call(CALLABLES.recordingLink, { clientId, callId }),
    );
    expect(refused.code).toBe("functions/not-found");
  }, 60_000);
});
