import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { calendlyPayload } from "@portico/domain/voice/sample-payloads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signAs } from "../../functions/src/voice/webhookSignatures";
import { fakeCalendlyPort } from "../../scripts/lib/emulators";
import { signedInTeammate } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  uniqueMarker,
} from "../support/emulator-clients";
import { type FakeCalendly, startFakeCalendly } from "../support/fake-calendly";
import { post, sampleBooking, type VoiceClient, voiceClient } from "../support/voice-client";

/** A booking as Calendly sends it: the invitee's URI is its id. */
const invitee = (label: string) =>
  sampleBooking(label, {
    id: `https://api.calendly.com/scheduled_events/EV${uniqueMarker(label)}/invitees/IN1`,
  });

// Calendly signs with a key set when its webhook subscription is created, so
// Portico creates the subscription through Calendly's API (a local fake here,
// in Calendly's format) with the agency's personal access token.

let voice: VoiceClient;
let calendly: FakeCalendly;

interface Subscribed {
  connectionId: string;
  webhookPath: string;
  previousValidUntil: string | null;
}

const subscribe = (input: Record<string, unknown>) =>
  voice.owner.call<Subscribed>(CALLABLES.subscribeCalendly, { clientId: voice.clientId, ...input });

const connectionCount = async () =>
  (
    await admin()
      .db.collection(paths.agentConnections(voice.agencyId, voice.clientId))
      .count()
      .get()
  ).data().count;

beforeAll(async () => {
  calendly = await startFakeCalendly(fakeCalendlyPort());
  voice = await voiceClient("voice-calendly-subscription");
}, 120_000);

afterAll(async () => {
  await closeWebClients();
  await calendly?.close();
});

describe("Calendly subscriptions", () => {
  it("creates the subscription, stores its key sealed, and accepts webhooks signed with it", async () => {
    const token = uniqueMarker("calendly_pat_valid_token");
    calendly.acceptToken(token);
    const connected = await subscribe({ personalAccessToken: token, label: "Front desk bookings" });

    const subscription = calendly.subscriptions.find((s) => s.token === token);
    expect(subscription).toMatchObject({
      events: ["invitee.created", "invitee.canceled"],
      scope: "organization",
      state: "active",
    });
    expect(subscription?.callbackUrl).toMatch(
      new RegExp(`/hooks/voice/${connected.connectionId}$`),
    );
    const signingKey = subscription?.signingKey ?? "";
    expect(signingKey.length).toBeGreaterThanOrEqual(32);

    // Stored sealed: neither the key nor the token appears in the server-only document.
    const endpoint = await admin().db.doc(paths.webhookEndpoint(connected.connectionId)).get();
    const stored = JSON.stringify(endpoint.data());
    expect(stored).not.toContain(signingKey);
    expect(stored).not.toContain(token);
    expect(endpoint.get("calendly.subscriptionUri")).toBe(subscription?.uri);
    const connection = await admin()
      .db.doc(paths.agentConnection(voice.agencyId, voice.clientId, connected.connectionId))
      .get();
    expect(connection.data()).toMatchObject({
      platform: "calendly",
      label: "Front desk bookings",
      status: "active",
      secretHint: signingKey.slice(-4),
    });

    const body = JSON.stringify(calendlyPayload(invitee("cal-sub"), "invitee.created"));
    const accepted = await post(connected.connectionId, body, signAs.calendly(body, signingKey));
    expect(accepted).toMatchObject({ status: 200, json: { result: "stored" } });
    const forged = await post(connected.connectionId, body, signAs.calendly(body, "another-key"));
    expect(forged.status).toBe(401);

    // Subscribing again replaces the subscription; the old key keeps its overlap.
    const renewed = await subscribe({
      connectionId: connected.connectionId,
      personalAccessToken: token,
    });
    expect(Date.parse(renewed.previousValidUntil ?? "")).toBeGreaterThan(
      Date.now() + 23 * 3600_000,
    );
    expect(subscription?.state).toBe("deleted");
    const next = calendly.subscriptions.find((s) => s.token === token && s.state === "active");
    expect(next?.signingKey).not.toBe(signingKey);
    const later = JSON.stringify(calendlyPayload(invitee("cal-next"), "invitee.created"));
    expect(
      (await post(connected.connectionId, later, signAs.calendly(later, next?.signingKey ?? "")))
        .status,
    ).toBe(200);
  });

  it("says clearly when Calendly refuses the token, and writes nothing", async () => {
    const before = await connectionCount();
    const subscriptionsBefore = calendly.subscriptions.length;
    const error = await callableError(
      subscribe({ personalAccessToken: uniqueMarker("calendly_pat_revoked_token") }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(error.message).toMatch(/Calendly refused this token/);
    expect(fieldErrors(error).personalAccessToken).toMatch(/personal access token/);
    expect(await connectionCount()).toBe(before);
    expect(calendly.subscriptions.length).toBe(subscriptionsBefore);
  });

  it("explains that webhooks need a paid Calendly plan, and writes nothing", async () => {
    const token = uniqueMarker("calendly_pat_free_plan");
    calendly.acceptToken(token, { plan: "free" });
    const before = await connectionCount();
    const error = await callableError(subscribe({ personalAccessToken: token }));
    expect(error.code).toBe("functions/failed-precondition");
    expect(error.message).toMatch(/paid plan/);
    expect(await connectionCount()).toBe(before);
  });

  it("refuses a viewer", async () => {
    const token = uniqueMarker("calendly_pat_viewer_try");
    calendly.acceptToken(token);
    const viewer = await signedInTeammate(voice.agencyId, "viewer");
    const error = await callableError(
      viewer.call(CALLABLES.subscribeCalendly, {
        clientId: voice.clientId,
        personalAccessToken: token,
      }),
    );
    expect(error.code).toBe("functions/permission-denied");
  });
});
