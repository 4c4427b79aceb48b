import { randomUUID } from "node:crypto";
import { PENDING_DELIVERY } from "@portico/domain/mail";
import { paths } from "@portico/domain/paths";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PROJECT_IDS } from "../../scripts/lib/emulators";
import { mailsTo, setSmtpListening, useCaptureForInProcessMail } from "../support/mail-inbox";

// Turns the shared SMTP capture off: runs alone, after every other integration
// file (the `integration:smtp-outage` project in vitest.config.ts).

const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_IDS.test });
const db = getFirestore(app);

function queue(to: string, mailId = `test-${randomUUID()}`) {
  return db
    .doc(paths.mail(mailId))
    .create({
      to,
      cc: [],
      message: {
        subject: `Hello ${to}`,
        html: `<p>Open <a href="http://127.0.0.1/link/${mailId}">your link</a></p>`,
        text: `Open your link: http://127.0.0.1/link/${mailId}`,
      },
      agencyId: "agency-mail-tests",
      relatedPath: null,
      template: "test",
      createdAt: new Date(),
      delivery: PENDING_DELIVERY,
    })
    .then(() => mailId);
}

const deliveryOf = async (mailId: string) =>
  (await db.doc(paths.mail(mailId)).get()).get("delivery") as {
    state: string;
    attempts: number;
    error: string | null;
  };

/** The outbox's own code, run in this process against the emulators, as a retry task or a replayed trigger runs it. */
let deliverMail: typeof import("../../functions/src/mail/deliverMail").deliverMail;
let onMailQueued: typeof import("../../functions/src/mail/onMailQueued").onMailQueued;

beforeAll(async () => {
  useCaptureForInProcessMail();
  ({ deliverMail } = await import("../../functions/src/mail/deliverMail"));
  ({ onMailQueued } = await import("../../functions/src/mail/onMailQueued"));
});

afterEach(async () => {
  await setSmtpListening(true);
});

describe("email outbox", () => {
  it("delivers a queued mail to SMTP with its subject, HTML, text and link", async () => {
    const to = `outbox-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);

    const [mail] = await vi.waitFor(
      async () => {
        const mails = await mailsTo(to);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(mail?.subject).toBe(`Hello ${to}`);
    expect(mail?.html).toContain(`href="http://127.0.0.1/link/${mailId}"`);
    expect(mail?.text).toContain(`/link/${mailId}`);
    expect(mail?.messageId).toBe(`<${mailId}@portico.mail>`);
    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 30_000,
      interval: 150,
    });
  });

  // Generous limits: the retry is a scheduled task, slow to start on a busy machine.
  it("keeps the reason in ERROR while SMTP is down, then delivers exactly once", {
    timeout: 120_000,
  }, async () => {
    await setSmtpListening(false);
    const to = `outage-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);

    const failed = await vi.waitFor(
      async () => {
        const delivery = await deliveryOf(mailId);
        expect(delivery.state).toBe("ERROR");
        return delivery;
      },
      { timeout: 30_000, interval: 150 },
    );
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);
    expect(await mailsTo(to)).toHaveLength(0);

    await setSmtpListening(true);
    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 90_000,
      interval: 150,
    });
    const delivered = await deliveryOf(mailId);
    expect(delivered.attempts).toBeGreaterThanOrEqual(2);

    // A retry task that was already scheduled, arriving now, must not send it again.
    expect(await deliverMail(mailId)).toBe("skipped");
    expect(await mailsTo(to)).toHaveLength(1);
    expect((await deliveryOf(mailId)).attempts).toBe(delivered.attempts);
  });

  it("sends once when the same mail's trigger fires again", async () => {
    const to = `dupe-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);
    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 30_000,
      interval: 150,
    });

    // Re-deliver the "created" event to the trigger, as a replay would, and wait for it to finish.
    const replayed = { data: await db.doc(paths.mail(mailId)).get(), params: { mailId } };
    await onMailQueued.run(replayed as unknown as Parameters<typeof onMailQueued.run>[0]);

    expect(await mailsTo(to)).toHaveLength(1);
    expect((await deliveryOf(mailId)).attempts).toBe(1);
  });

  it("sends once when several attempts on the same mail race", async () => {
    // The trigger and two direct attempts compete; the lease lets exactly one send.
    const to = `race-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);
    const outcomes = await Promise.all([deliverMail(mailId), deliverMail(mailId)]);

    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 30_000,
      interval: 150,
    });
    // Every send needs a claimed lease and every claim counts an attempt; a mail in
    // SUCCESS is never claimed again. One attempt is proof that no one else sends.
    expect((await deliveryOf(mailId)).attempts).toBe(1);
    expect(await mailsTo(to)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "sent").length).toBeLessThanOrEqual(1);
  });
});
