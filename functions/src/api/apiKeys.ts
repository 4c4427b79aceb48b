import { createHash, randomBytes } from "node:crypto";
import { formatApiKey, MAX_ACTIVE_API_KEYS } from "@portico/domain/api/keys";
import { createApiKeyCallable, revokeApiKeyCallable } from "@portico/domain/callables/api-keys";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";

/** SHA-256 (hex) of a whole key: all Firestore keeps of it. */
export function apiKeyHash(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/**
 * A new API key for the agency (owners and admins): 256 random bits after
 * the key's ID, answered once; the agency's view and the server-only hash are
 * written together.
 */
export const createApiKey = serve(createApiKeyCallable, async (input, staff) => {
  const active = await refs.apiKeys(staff.agencyId).where("status", "==", "active").count().get();
  if (active.data().count >= MAX_ACTIVE_API_KEYS) {
    throw new HttpsError(
      "failed-precondition",
      `An agency can have ${MAX_ACTIVE_API_KEYS} active keys. Revoke one you no longer use first.`,
    );
  }
  const keyRef = refs.apiKeys(staff.agencyId).doc();
  const key = formatApiKey(keyRef.id, randomBytes(32).toString("base64url"));
  const createdBy = { uid: staff.uid, name: staff.displayName };
  const batch = db.batch();
  batch.create(keyRef, {
    name: input.name,
    scopes: input.scopes,
    hint: key.slice(-4),
    status: "active",
    createdAt: FieldValue.serverTimestamp(),
    createdBy,
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
  });
  batch.create(refs.apiKeySecret(keyRef.id), {
    agencyId: staff.agencyId,
    name: input.name,
    hash: apiKeyHash(key),
    scopes: input.scopes,
    status: "active",
    lastUsedAt: null,
    createdAt: FieldValue.serverTimestamp(),
  });
  await batch.commit();
  return { keyId: keyRef.id, key };
});

/** Revokes a key of the caller's agency: the very next request with it is refused. */
export const revokeApiKey = serve(revokeApiKeyCallable, async ({ keyId }, staff) => {
  const keyRef = refs.apiKey(staff.agencyId, keyId);
  await db.runTransaction(async (tx) => {
    const stored = (await tx.get(keyRef)).data();
    if (!stored) throw new HttpsError("not-found", "This key no longer exists.");
    if (stored.status === "revoked") return;
    const revokedAt = FieldValue.serverTimestamp();
    tx.update(keyRef, {
      status: "revoked",
      revokedAt,
      revokedBy: { uid: staff.uid, name: staff.displayName },
    });
    tx.update(refs.apiKeySecret(keyId), { status: "revoked" });
  });
  return { keyId };
});
