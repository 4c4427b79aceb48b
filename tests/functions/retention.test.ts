/**
 * Expiring data carries the field its TTL policy in firestore.indexes.json
 * deletes it by: delivered mail (`expiresAt`) and invitation tokens once they
 * can no longer be used (`deleteAt`). The emulator runs no TTL deletion, so
 * these check the fields; the policies are checked in firestore-indexes.test.ts.
 */
import { createHash } from "node:crypto";
import { CALLABLES } from "@portico/domain/config";
import { DELIVERED_MAIL_RETENTION_DAYS } from "@portico/domain/mail";
import { paths } from "@portico/domain/paths";
import { TOKEN_RECORD_RETENTION_DAYS } from "@portico/domain/tokens";
import type { Timestamp } from "firebase-admin/firestore";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  admin,
  closeWebClients,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  webClient,
} from "../support/emulator-clients";

const DAY_MS = 86_400_000;
const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const millis = (value: unknown) => (value as Timestamp).toMillis();

afterAll(async () => {
  await closeWebClients();
});

async function ownerWithInvitation() {
  const email = `${uniqueMarker("retention-owner")}@team.test`;
  const { agencyId } = await signUpAgency({
    displayName: "Olga Owner",
    agencyName: uniqueMarker("Agency"),
    email,
    password: VALID_PASSWORD,
  });
  const owner = await signedInClient(email, VALID_PASSWORD);
  const { invitationId } = await owner.call<{ invitationId: string }>(CALLABLES.inviteTeammate, {
    email: `${uniqueMarker("invitee")}@team.test`,
    role: "member",
  });
  return { owner, invitationId, path: paths.invitation(agencyId, invitationId) };
}

/** The delivered invitation mail about `path` (other than `previousToken`'s), and its token. */
async function deliveredInvitation(path: string, previousToken?: string) {
  return vi.waitFor(
    async () => {
      const mails = await admin().db.collection("mail").where("relatedPath", "==", path).get();
      const found = mails.docs
        .map((mail) => ({
          mail,
          token: /\/join\/([A-Za-z0-9_-]{43})/.exec(mail.get("message.text") as string)?.[1],
        }))
        .filter((m) => m.token && m.token !== previousToken);
      expect(found).toHaveLength(1);
      const [{ mail, token }] = found as [{ mail: (typeof found)[0]["mail"]; token: string }];
      expect(mail.get("delivery.state")).toBe("SUCCESS");
      return { mail, token };
    },
    { timeout: 20_000, interval: 150 },
  );
}

const tokenDoc = (token: string) =>
  admin()
    .db.doc(paths.invitationToken(sha256(token)))
    .get();

describe("retention of expiring data", () => {
  it("gives delivered mail an expiry a retention period after delivery", async () => {
    const { path } = await ownerWithInvitation();
    const { mail } = await deliveredInvitation(path);
    const deliveredAt = millis(mail.get("delivery.endTime"));
    const expiresAt = millis(mail.get("expiresAt"));
    // Within a minute of delivery + the retention (the two clocks are the emulator's and the function's).
    expect(
      Math.abs(expiresAt - (deliveredAt + DELIVERED_MAIL_RETENTION_DAYS * DAY_MS)),
    ).toBeLessThan(60_000);
  });

  it("deletes an unused token a retention period after it expires, a used or revoked one after that long from then", async () => {
    const { owner, invitationId, path } = await ownerWithInvitation();
    const { token: oldToken } = await deliveredInvitation(path);
    const issued = await tokenDoc(oldToken);
    expect(millis(issued.get("deleteAt"))).toBe(
      millis(issued.get("expiresAt")) + TOKEN_RECORD_RETENTION_DAYS * DAY_MS,
    );

    // Resending revokes the old link.
    await owner.call(CALLABLES.resendTeamInvitation, { invitationId });
    const { token: newToken } = await deliveredInvitation(path, oldToken);
    const revoked = await tokenDoc(oldToken);
    expect(
      Math.abs(
        millis(revoked.get("deleteAt")) -
          (millis(revoked.get("revokedAt")) + TOKEN_RECORD_RETENTION_DAYS * DAY_MS),
      ),
    ).toBeLessThan(60_000);

    await (await webClient()).call(CALLABLES.acceptTeamInvitation, {
      token: newToken,
      displayName: "Nia New",
      password: VALID_PASSWORD,
    });
    const used = await tokenDoc(newToken);
    expect(
      Math.abs(
        millis(used.get("deleteAt")) -
          (millis(used.get("usedAt")) + TOKEN_RECORD_RETENTION_DAYS * DAY_MS),
      ),
    ).toBeLessThan(60_000);
  });
});
