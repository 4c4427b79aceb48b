/**
 * The outbox recovery (recoverMailOutbox, every 5 minutes in production) takes
 * up mails that nothing else will: an attempt that died holding its lease, and
 * a failed mail whose retry task was never scheduled. Its core runs here
 * in-process against the emulators; a dead attempt is the state it leaves
 * behind, written directly.
 */
import { randomUUID } from "node:crypto";
import {
  ABANDONED_DELIVERY_ERROR,
  DELIVERED_MAIL_RETENTION_DAYS,
  MAIL_RECOVERY_GRACE_MS,
  MAX_DELIVERY_ATTEMPTS,
  type MailDelivery,
  PENDING_DELIVERY,
} from "@portico/domain/mail";
import { paths } from "@portico/domain/paths";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, Timestamp } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PROJECT_IDS } from "../../scripts/lib/emulators";
import { mailsTo, useCaptureForInProcessMail } from "../support/mail-inbox";

const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_IDS.test });
const db = getFirestore(app);
/** A mail as a delivery left it; the queue trigger leaves anything but PENDING alone. */
async function mailIn(delivery: Partial<MailDelivery>) {
  const to = `recovery-${randomUUID().slice(0, 8)}@mail.test`;
  const mailId = `recovery-${randomUUID()}`;
  await db.doc(paths.mail(mailId)).create({
    to,
    cc: [],
    message: { subject: `Hello ${to}`, html: "<p>Hello</p>", text: "Hello" },
    agencyId: "agency-mail-tests",
    relatedPath: null,
    template: "test",
    createdAt: new Date(),
    delivery: { ...PENDING_DELIVERY, ...delivery },
  });
  return { to, mailId };
}

const deliveryOf = async (mailId: string) =>
  (await db.doc(paths.mail(mailId)).get()).get("delivery") as {
    state: string;
    attempts: number;
    error: string | null;
  };

const ago = (ms: number) => Timestamp.fromMillis(Date.now() - ms);

let recoverStalledMail: typeof import("../../functions/src/mail/recoverStalledMail").recoverStalledMail;

beforeAll(async () => {
  useCaptureForInProcessMail();
  ({ recoverStalledMail } = await import("../../functions/src/mail/recoverStalledMail"));
});

describe("outbox recovery", () => {
  it("sends, exactly once, a mail whose attempt died holding its lease", async () => {
    const { to, mailId } = await mailIn({
      state: "PROCESSING",
      attempts: 1,
      startTime: ago(120_000).toDate(),
      leaseExpireTime: ago(60_000).toDate(),
    });
    expect((await deliveryOf(mailId)).state).toBe("PROCESSING");

    // Two runs at once (e.g. an overlapping schedule): the lease lets one send.
    const runs = await Promise.all([recoverStalledMail(), recoverStalledMail()]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBeGreaterThanOrEqual(1);

    const delivered = await db.doc(paths.mail(mailId)).get();
    expect(delivered.get("delivery.state")).toBe("SUCCESS");
    expect(delivered.get("delivery.attempts")).toBe(2);
    expect((delivered.get("expiresAt") as Timestamp).toMillis()).toBeGreaterThan(
      Date.now() + (DELIVERED_MAIL_RETENTION_DAYS - 1) * 86_400_000,
    );
    await vi.waitFor(async () => expect(await mailsTo(to)).toHaveLength(1), {
      timeout: 30_000,
      interval: 150,
    });

    // A later run finds nothing left to do for it.
    await recoverStalledMail();
    expect(await mailsTo(to)).toHaveLength(1);
    expect((await deliveryOf(mailId)).attempts).toBe(2);
  });

  it("retries a failed mail whose retry is overdue, and leaves one still in its grace alone", async () => {
    const overdue = await mailIn({
      state: "ERROR",
      attempts: 2,
      error: "connect ECONNREFUSED",
      nextAttemptTime: ago(MAIL_RECOVERY_GRACE_MS + 10_000).toDate(),
    });
    const waiting = await mailIn({
      state: "ERROR",
      attempts: 1,
      error: "connect ECONNREFUSED",
      nextAttemptTime: ago(1_000).toDate(),
    });

    await recoverStalledMail();

    expect(await deliveryOf(overdue.mailId)).toMatchObject({ state: "SUCCESS", attempts: 3 });
    await vi.waitFor(async () => expect(await mailsTo(overdue.to)).toHaveLength(1), {
      timeout: 30_000,
      interval: 150,
    });
    // Its retry task may still come: the recovery does not take its turn.
    expect(await deliveryOf(waiting.mailId)).toMatchObject({ state: "ERROR", attempts: 1 });
    expect(await mailsTo(waiting.to)).toHaveLength(0);
  });

  it("fails a mail for good when its last allowed attempt died", async () => {
    const { to, mailId } = await mailIn({
      state: "PROCESSING",
      attempts: MAX_DELIVERY_ATTEMPTS,
      leaseExpireTime: ago(1_000).toDate(),
    });

    await recoverStalledMail();

    expect(await deliveryOf(mailId)).toMatchObject({
      state: "ERROR",
      attempts: MAX_DELIVERY_ATTEMPTS,
      error: ABANDONED_DELIVERY_ERROR,
    });
    expect(await mailsTo(to)).toHaveLength(0);
    // And it is not taken up again.
    await recoverStalledMail();
    expect(await deliveryOf(mailId)).toMatchObject({
      state: "ERROR",
      attempts: MAX_DELIVERY_ATTEMPTS,
    });
  });
});
