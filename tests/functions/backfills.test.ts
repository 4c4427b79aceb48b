import { randomBytes } from "node:crypto";
import { paths } from "@portico/domain/paths";
import { tokenDeleteAt } from "@portico/domain/tokens";
import type { Timestamp } from "firebase-admin/firestore";
import { describe, expect, it, vi } from "vitest";
import { admin, signUpAgency, uniqueMarker, VALID_PASSWORD } from "../support/emulator-clients";

// The one-off repairs `npm run backfill` runs after a deploy, against the emulator.
describe("backfills", () => {
  it("give an agency without public branding its portal address's look again", async () => {
    const { backfillPublicBranding } = await import("../../functions/src/maintenance/backfills");
    const agencyName = uniqueMarker("Backfill Agency");
    const { agencyId } = await signUpAgency({
      displayName: "Bea Backfill",
      agencyName,
      email: `${uniqueMarker("backfill")}@backfill.test`,
      password: VALID_PASSWORD,
    });
    const publicRef = admin().db.doc(paths.publicBranding(agencyId));
    // As for an agency created before the public branding existed.
    await vi.waitFor(async () => expect((await publicRef.get()).exists).toBe(true), {
      timeout: 30_000,
      interval: 250,
    });
    await publicRef.delete();

    expect(await backfillPublicBranding([agencyId])).toBe(1);
    expect((await publicRef.get()).data()).toMatchObject({ displayName: agencyName });
  });

  it("give token records issued before the TTL policy their deleteAt, once", async () => {
    const { backfillTokenDeleteAt } = await import("../../functions/src/maintenance/backfills");
    const expiresAt = new Date("2026-01-10T10:00:00Z");
    const ref = admin().db.doc(paths.invitationToken(randomBytes(32).toString("hex")));
    await ref.set({ kind: "invite", agencyId: "someAgency", expiresAt, usedAt: null });

    expect(await backfillTokenDeleteAt()).toBeGreaterThanOrEqual(1);
    const deleteAt = (await ref.get()).get("deleteAt") as Timestamp;
    expect(deleteAt.toDate()).toEqual(tokenDeleteAt(expiresAt));
    const updated = (await ref.get()).updateTime;
    await backfillTokenDeleteAt();
    expect((await ref.get()).updateTime?.isEqual(updated as Timestamp)).toBe(true);
  });
});
