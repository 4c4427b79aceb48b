import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { vapiEndOfCallReport } from "@portico/domain/voice/sample-payloads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { admin, callableError, closeWebClients, fieldErrors } from "../support/emulator-clients";
import { post, sampleCall, type VoiceClient, voiceClient } from "../support/voice-client";

// Vapi's end-of-call reports with the secret Portico minted: rotation keeps the
// old secret for its overlap only; a connection turned off, an unknown one and
// an oversized body are refused.

let voice: VoiceClient;
const connect = (platform: string, extra?: Record<string, unknown>) =>
  voice.connect(platform, extra);
const deliveries = (connectionId: string) => voice.deliveries(connectionId);

// The first calls load each function's worker: slow on a busy machine.
beforeAll(async () => {
  voice = await voiceClient("voice-webhooks-vapi");
}, 120_000);

afterAll(closeWebClients);

describe("Vapi calls and secrets", () => {
  it("verifies with the minted secret, keeps the replaced one for the overlap, and refuses it after", async () => {
    const vapi = await connect("vapi");
    expect(vapi.secret).toMatch(/^psk_/);
    const first = vapi.secret ?? "";
    const call = sampleCall("vapi");
    const body = JSON.stringify(vapiEndOfCallReport(call));
    expect((await post(vapi.connectionId, body, signAs.vapi(body, first))).json.result).toBe(
      "stored",
    );

    const rotated = await voice.owner.call<{ secret: string; previousValidUntil: string }>(
      CALLABLES.rotateConnectionSecret,
      { clientId: voice.clientId, connectionId: vapi.connectionId },
    );
    expect(rotated.secret).not.toBe(first);
    expect(Date.parse(rotated.previousValidUntil)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    // Both verify during the overlap.
    expect((await post(vapi.connectionId, body, signAs.vapi(body, first))).status).toBe(200);
    expect((await post(vapi.connectionId, body, signAs.vapi(body, rotated.secret))).status).toBe(
      200,
    );

    // The overlap over (moved into the past), the old secret is refused.
    const endpointRef = admin().db.doc(paths.webhookEndpoint(vapi.connectionId));
    const secrets = (await endpointRef.get()).get("secrets") as {
      sealed: string;
      expiresAt: unknown;
    }[];
    await endpointRef.update({
      secrets: secrets.map((secret) =>
        secret.expiresAt ? { ...secret, expiresAt: new Date(Date.now() - 1000) } : secret,
      ),
    });
    expect((await post(vapi.connectionId, body, signAs.vapi(body, first))).status).toBe(401);
    expect(
      (await post(vapi.connectionId, body, signAs.vapi(body, rotated.secret))).json.result,
    ).toBe("duplicate");
  });

  it("answers 404 for a turned-off connection and an unknown one, 413 for an oversized body", async () => {
    const vapi = await connect("vapi");
    const secret = vapi.secret ?? "";
    const huge = JSON.stringify({
      message: { type: "end-of-call-report", padding: "x".repeat(1024 * 1024 + 10) },
    });
    const tooBig = await post(vapi.connectionId, huge, signAs.vapi(huge, secret));
    expect(tooBig.status).toBe(413);

    await voice.owner.call(CALLABLES.setAgentConnectionStatus, {
      clientId: voice.clientId,
      connectionId: vapi.connectionId,
      status: "disabled",
    });
    const body = JSON.stringify(vapiEndOfCallReport(sampleCall("off")));
    expect((await post(vapi.connectionId, body, signAs.vapi(body, secret))).status).toBe(404);
    expect((await post("NoSuchConnection0001", body, signAs.vapi(body, secret))).status).toBe(404);
    expect((await deliveries(vapi.connectionId)).map((entry) => entry.result)).toEqual(
      expect.arrayContaining(["too-large", "disabled"]),
    );
  });

  it("refuses to connect Retell without its key, beside the field", async () => {
    const error = await callableError(connect("retell"));
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error).platformKey).toMatch(/key/);
  });
});
