/**
 * A local receiver for Portico's outgoing webhooks, as an agency's endpoint
 * would be: it verifies every request with the maintained `standardwebhooks`
 * package (with each of the secrets it is told) and records what arrived.
 * `answers` scripts its replies: each request takes the next one, the last
 * one repeats (e.g. [500, 500, 200]: fails twice, then recovers).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** Which of the receiver's secrets verified it (by index); empty: none did. */
  verifiedWith: number[];
  answeredWith: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The secrets requests are checked against (set after the endpoint is made). */
  secrets: string[];
  answers: number[];
  close: () => Promise<void>;
}

export async function startWebhookReceiver(answers: number[] = [200]): Promise<WebhookReceiver> {
  const receiver: Omit<WebhookReceiver, "url" | "close"> = { received: [], secrets: [], answers };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const headers = {
        "webhook-id": String(req.headers["webhook-id"] ?? ""),
        "webhook-timestamp": String(req.headers["webhook-timestamp"] ?? ""),
        "webhook-signature": String(req.headers["webhook-signature"] ?? ""),
      };
      const verifiedWith = receiver.secrets.flatMap((secret, index) => {
        try {
          new Webhook(secret).verify(body, headers);
          return [index];
        } catch {
          return [];
        }
      });
      const index = Math.min(receiver.received.length, receiver.answers.length - 1);
      const status = receiver.answers[index] ?? 200;
      receiver.received.push({
        id: headers["webhook-id"],
        timestamp: headers["webhook-timestamp"],
        signature: headers["webhook-signature"],
        body,
        payload: JSON.parse(body) as ReceivedWebhook["payload"],
        verifiedWith,
        answeredWith: status,
      });
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status < 300 ? "thanks" : `no thanks (${status})`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks/portico`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
