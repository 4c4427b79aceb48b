import { SECRET_OVERLAP_HOURS } from "@portico/domain/voice/connections";

interface SealedSecret {
  sealed: string;
  expiresAt: Date | null;
}

/**
 * A connection's secrets after a rotation: the new one, and the ones that
 * still verify until the overlap ends (at most two, so rotating again and
 * again does not keep old secrets alive). The connection shows the overlap's
 * end (`previousSecretExpiresAt`).
 */
export function rotatedSecrets(
  secrets: SealedSecret[],
  newSealed: string,
  now: Date,
): { secrets: SealedSecret[]; overlapEnds: Date } {
  const overlapEnds = new Date(now.getTime() + SECRET_OVERLAP_HOURS * 60 * 60 * 1000);
  const kept = secrets
    .filter((known) => known.expiresAt === null || known.expiresAt > now)
    .map((known) => ({ sealed: known.sealed, expiresAt: known.expiresAt ?? overlapEnds }))
    .slice(-2);
  return { secrets: [...kept, { sealed: newSealed, expiresAt: null }], overlapEnds };
}
