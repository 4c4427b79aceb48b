import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { type AgencyOwner, newAgencyOwner, signedInTeammate } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  uniqueMarker,
} from "../support/emulator-clients";
import { mailsTo } from "../support/mail-inbox";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Outgoing webhooks through the real emulators: an owner adds an endpoint (a
// local receiver that verifies every request with the `standardwebhooks`
// package), something happens through the existing callables, and the event
// arrives signed, retried with the same id until the receiver takes it; 410
// turns the endpoint off and mails the owners; private and plain-http URLs
// are refused with field messages; a rotated secret signs beside the new one.

const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});
afterAll(async () => {
  await closeWebClients();
});

async function receiver(answers: number[] = [200]) {
  const started = await startWebhookReceiver(answers);
  receivers.push(started);
  return started;
}

async function addEndpoint(agency: AgencyOwner, url: string, events = ["client.created"]) {
  return agency.owner.call<{ endpointId: string; secret: string }>(
    CALLABLES.createWebhookEndpoint,
    { url, description: "Receiver", events },
  );
}

function createClient(agency: AgencyOwner, name = uniqueMarker("Webhook client")) {
  return agency.owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name,
    email: `${uniqueMarker("client")}@clients.test`,
    type: "client",
    language: "en",
  });
}

async function delivery(agencyId: string, endpointId: string) {
  const snapshot = await admin().db.collection(paths.webhookDeliveries(agencyId, endpointId)).get();
  return snapshot.docs.map((doc) => doc.data());
}

const WAIT = { timeout: 60_000, interval: 250 };

describe("outgoing webhooks", () => {
  it("posts a created client, signed, and a replay sends the same event id again", async () => {
    const agency = await newAgencyOwner("webhooks-owner");
    const hook = await receiver();
    const { endpointId, secret } = await addEndpoint(agency, hook.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}={0,2}$/);
    hook.secrets = [secret];

    const { clientId } = await createClient(agency, "Juniper & Rowe");
    await vi.waitFor(() => expect(hook.received).toHaveLength(1), WAIT);
    const [first] = hook.received;
    expect(first?.verifiedWith).toEqual([0]);
    expect(first?.payload).toMatchObject({
      type: "client.created",
      data: { id: clientId, name: "Juniper & Rowe", type: "client", language: "en" },
    });
    // Public fields only: never search tokens or the favicon cache.
    expect(first?.payload.data).not.toHaveProperty("searchTokens");
    await vi.waitFor(async () => {
      const [stored] = await delivery(agency.agencyId, endpointId);
      expect(stored).toMatchObject({ state: "delivered", attempts: 1, responseStatus: 200 });
      expect(stored?.responseBody).toBe("thanks");
    }, WAIT);

    await agency.owner.call(CALLABLES.replayWebhookDelivery, {
      endpointId,
      eventId: first?.id,
    });
    await vi.waitFor(() => expect(hook.received).toHaveLength(2), WAIT);
    expect(hook.received[1]?.id).toBe(first?.id);
    expect(hook.received[1]?.body).toBe(first?.body);
    expect(hook.received[1]?.verifiedWith).toEqual([0]);
  });

  it("retries a failing receiver with the same id until it takes the event, exactly once", async () => {
    const agency = await newAgencyOwner("webhooks-retry");
    const hook = await receiver([500, 503, 200]);
    const { endpointId, secret } = await addEndpoint(agency, hook.url);
    hook.secrets = [secret];

    await createClient(agency);
    await vi.waitFor(async () => {
      const [stored] = await delivery(agency.agencyId, endpointId);
      expect(stored).toMatchObject({ state: "delivered", attempts: 3, responseStatus: 200 });
    }, WAIT);
    expect(hook.received.map((request) => request.answeredWith)).toEqual([500, 503, 200]);
    expect(new Set(hook.received.map((request) => request.id)).size).toBe(1);
    expect(hook.received.every((request) => request.verifiedWith.length === 1)).toBe(true);
    const [stored] = await delivery(agency.agencyId, endpointId);
    expect(stored?.log.map((entry: { status: number }) => entry.status)).toEqual([500, 503, 200]);
  });

  it("turns off an endpoint that answers 410 Gone and mails the owners", async () => {
    const agency = await newAgencyOwner("webhooks-gone");
    const hook = await receiver([410]);
    const { endpointId, secret } = await addEndpoint(agency, hook.url);
    hook.secrets = [secret];

    await createClient(agency);
    await vi.waitFor(async () => {
      const endpoint = (
        await admin().db.doc(paths.outgoingWebhook(agency.agencyId, endpointId)).get()
      ).data();
      expect(endpoint).toMatchObject({ status: "disabled", disabledReason: "gone" });
    }, WAIT);
    expect(hook.received).toHaveLength(1);
    const [stored] = await delivery(agency.agencyId, endpointId);
    expect(stored).toMatchObject({ state: "failed", attempts: 1, responseStatus: 410 });
    await vi.waitFor(async () => {
      const mails = await mailsTo(agency.email);
      expect(mails.map((mail) => mail.subject)).toContain(
        `A webhook endpoint of ${agency.agencyName} was turned off`,
      );
    }, WAIT);

    // Turned off, it gets nothing more.
    await createClient(agency);
    const test = await callableError(agency.owner.call(CALLABLES.sendTestWebhook, { endpointId }));
    expect(test.code).toBe("functions/failed-precondition");
    expect(hook.received).toHaveLength(1);
  });

  it("refuses private, internal and plain-http URLs with a field message, and writes nothing", async () => {
    const agency = await newAgencyOwner("webhooks-ssrf");
    const cases: [string, RegExp][] = [
      ["http://crm.example.com/hooks", /https:\/\//],
      ["https://10.0.0.8/hooks", /private or reserved/],
      ["https://169.254.169.254/latest/meta-data", /private or reserved/],
      ["https://[::1]/hooks", /private or reserved/],
      ["http://localhost:8080/hooks", /https:\/\//],
      ["https://metadata.google.internal/", /private or reserved/],
      ["ftp://files.example.com/", /Enter the endpoint's URL/],
    ];
    for (const [url, message] of cases) {
      const error = await callableError(addEndpoint(agency, url));
      expect(error.code, url).toBe("functions/invalid-argument");
      expect(fieldErrors(error).url, url).toMatch(message);
    }
    const noEvents = await callableError(addEndpoint(agency, "https://crm.example.com/h", []));
    expect(fieldErrors(noEvents)).toEqual({ events: "Choose at least one event." });
    const stored = await admin().db.collection(paths.outgoingWebhooks(agency.agencyId)).get();
    expect(stored.size).toBe(0);

    const member = await signedInTeammate(agency.agencyId, "member");
    const denied = await callableError(
      member.call(CALLABLES.createWebhookEndpoint, {
        url: "https://crm.example.com/hooks",
        events: ["client.created"],
      }),
    );
    expect(denied.code).toBe("functions/permission-denied");
  });

  it("signs with both secrets while a rotation overlaps, and reveals the current one", async () => {
    const agency = await newAgencyOwner("webhooks-rotate");
    const hook = await receiver();
    const { endpointId, secret: oldSecret } = await addEndpoint(agency, hook.url);
    const rotated = await agency.owner.call<{ secret: string; previousValidUntil: string }>(
      CALLABLES.rotateWebhookSecret,
      { endpointId },
    );
    expect(rotated.secret).not.toBe(oldSecret);
    const hours = (Date.parse(rotated.previousValidUntil) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const revealed = await agency.owner.call<{ secret: string }>(CALLABLES.revealWebhookSecret, {
      endpointId,
    });
    expect(revealed.secret).toBe(rotated.secret);

    hook.secrets = [oldSecret, rotated.secret];
    const { eventId } = await agency.owner.call<{ eventId: string }>(CALLABLES.sendTestWebhook, {
      endpointId,
    });
    await vi.waitFor(() => expect(hook.received).toHaveLength(1), WAIT);
    expect(hook.received[0]).toMatchObject({ id: eventId, verifiedWith: [0, 1] });
    expect(hook.received[0]?.payload.type).toBe("webhook.test");
    expect(hook.received[0]?.signature.split(" ")).toHaveLength(2);
  });
});
