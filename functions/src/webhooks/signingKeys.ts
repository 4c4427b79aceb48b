import { randomBytes } from "node:crypto";
import { paths } from "@portico/domain/paths";
import {
  SECRET_OVERLAP_HOURS,
  type WebhookSigningKeysDoc,
  webhookSigningKeysDocSchema,
} from "@portico/domain/webhooks/endpoints";
import type { Transaction } from "firebase-admin/firestore";
import { Webhook } from "standardwebhooks";
import { db } from "../admin";
import { openSecret, sealSecret } from "../connectors/tokenVault";
import { storedData } from "../voice/storedData";

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export function mintWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function signingKeysRef(agencyId: string, endpointId: string) {
  return db.doc(paths.webhookSigningKeys(agencyId, endpointId));
}

/** The sealing context ties a sealed secret to its endpoint (copied elsewhere, it does not open). */
const context = (agencyId: string, endpointId: string) => `webhook:${agencyId}/${endpointId}`;

export function newSigningKeys(
  agencyId: string,
  endpointId: string,
  secret: string,
): WebhookSigningKeysDoc {
  return {
    agencyId,
    endpointId,
    secrets: [{ sealed: sealSecret(secret, context(agencyId, endpointId)), expiresAt: null }],
  };
}

/** The secrets that sign now, newest last (the replaced one until its overlap ends). */
export function liveSecrets(keys: WebhookSigningKeysDoc, now = new Date()): string[] {
  return keys.secrets
    .filter((known) => known.expiresAt === null || known.expiresAt > now)
    .map((known) => openSecret(known.sealed, context(keys.agencyId, keys.endpointId)));
}

/** The current secret (the one the agency pastes into its receiver). */
export function currentSecret(keys: WebhookSigningKeysDoc): string {
  const current = keys.secrets.find((known) => known.expiresAt === null) ?? keys.secrets.at(-1);
  if (!current) throw new Error("An endpoint without a signing secret");
  return openSecret(current.sealed, context(keys.agencyId, keys.endpointId));
}

/**
 * A new secret; the live ones keep signing until the overlap ends (at most
 * two kept, so rotating again and again does not keep old secrets alive).
 */
export function rotateSigningKeys(
  keys: WebhookSigningKeysDoc,
  secret: string,
  now: Date,
): { keys: WebhookSigningKeysDoc; overlapEnds: Date } {
  const overlapEnds = new Date(now.getTime() + SECRET_OVERLAP_HOURS * 60 * 60 * 1000);
  const kept = keys.secrets
    .filter((known) => known.expiresAt === null || known.expiresAt > now)
    .map((known) => ({ sealed: known.sealed, expiresAt: known.expiresAt ?? overlapEnds }))
    .slice(-2);
  const sealed = sealSecret(secret, context(keys.agencyId, keys.endpointId));
  return { keys: { ...keys, secrets: [...kept, { sealed, expiresAt: null }] }, overlapEnds };
}

export async function readSigningKeys(
  agencyId: string,
  endpointId: string,
  tx?: Transaction,
): Promise<WebhookSigningKeysDoc | null> {
  const ref = signingKeysRef(agencyId, endpointId);
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  return snapshot.exists ? storedData(webhookSigningKeysDocSchema, snapshot.data()) : null;
}

/**
 * The Standard Webhooks headers for one attempt. Every live secret signs, so
 * during a rotation's overlap a receiver with either secret verifies it
 * (`webhook-signature` holds space-separated signatures).
 */
export function signedHeaders(
  eventId: string,
  payload: string,
  secrets: readonly string[],
  at = new Date(),
): Record<string, string> {
  const seconds = Math.floor(at.getTime() / 1000);
  const signatures = secrets.map((secret) =>
    new Webhook(secret).sign(eventId, new Date(seconds * 1000), payload),
  );
  return {
    "webhook-id": eventId,
    "webhook-timestamp": String(seconds),
    "webhook-signature": signatures.join(" "),
  };
}
