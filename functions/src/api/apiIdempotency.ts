import { createHash } from "node:crypto";
import { IDEMPOTENCY_LEASE_MS, IDEMPOTENCY_TTL_HOURS } from "@portico/domain/api/keys";
import { Timestamp } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { type ApiAnswer, ApiError, answerOf } from "./apiHttp";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

type Claim = { kind: "run" } | { kind: "replay"; status: number; body: string };

/**
 * For an answer holding a secret: what of a successful answer is kept (the
 * secret left out) and how a replay puts it back from where it is sealed.
 */
export interface KeptAnswer {
  keep(body: unknown): unknown;
  restore(body: unknown): Promise<unknown>;
}

/**
 * Runs a POST at most once per API key and `Idempotency-Key`: the first
 * request claims the key in a transaction (so of two concurrent requests one
 * runs and the other is told it is in progress), and its answer is kept for
 * 24 hours; a retry gets that answer again, marked `Idempotent-Replayed`.
 * The same key with another body is refused. A failure on our side (5xx) or
 * a rate limit releases the key, so a retry runs again.
 */
export async function withIdempotency(
  keyId: string,
  idempotencyKey: string | undefined,
  request: { method: string; path: string; body: unknown },
  run: () => Promise<ApiAnswer>,
  kept?: KeptAnswer,
): Promise<ApiAnswer> {
  if (idempotencyKey === undefined) return run();
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) throw new ApiError("invalid_idempotency_key");
  const ref = refs.apiIdempotency(sha256(`${keyId}\u0000${idempotencyKey}`));
  const requestHash = sha256(
    `${request.method}\u0000${request.path}\u0000${JSON.stringify(request.body)}`,
  );

  const claim = await db.runTransaction<Claim>(async (tx) => {
    const now = Date.now();
    const stored = (await tx.get(ref)).data();
    const live = stored && stored.expiresAt.toMillis() > now;
    if (stored && live) {
      if (stored.requestHash !== requestHash) throw new ApiError("idempotency_key_reused");
      if (stored.state === "done" && stored.status !== null && stored.body !== null) {
        return { kind: "replay", status: stored.status, body: stored.body };
      }
      if ((stored.leaseUntil?.toMillis() ?? 0) > now) throw new ApiError("idempotency_in_progress");
    }
    tx.set(ref, {
      keyId,
      requestHash,
      state: "pending",
      leaseUntil: Timestamp.fromMillis(now + IDEMPOTENCY_LEASE_MS),
      status: null,
      body: null,
      createdAt: Timestamp.fromMillis(now),
      expiresAt: Timestamp.fromMillis(now + IDEMPOTENCY_TTL_HOURS * 3600_000),
    });
    return { kind: "run" };
  });
  if (claim.kind === "replay") {
    const body: unknown = JSON.parse(claim.body);
    const succeeded = claim.status < 300;
    return {
      status: claim.status,
      body: kept && succeeded ? await kept.restore(body) : body,
      headers: { "Idempotent-Replayed": "true" },
    };
  }

  let answer: ApiAnswer;
  try {
    answer = await run();
  } catch (error) {
    const known = answerOf(error);
    if (!known) {
      await ref.delete();
      throw error;
    }
    answer = known;
  }
  if (answer.status >= 500 || answer.status === 429) {
    await ref.delete();
    return answer;
  }
  await ref.update({
    state: "done",
    leaseUntil: null,
    status: answer.status,
    body: JSON.stringify(kept && answer.status < 300 ? kept.keep(answer.body) : answer.body),
  });
  return answer;
}
