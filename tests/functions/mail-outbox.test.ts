import { randomUUID } from "node:crypto";
import { PENDING_DELIVERY } from "@portico/domain/mail";
import { paths } from "@portico/domain/paths";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mailCapturePorts, PROJECT_IDS } from "../../scripts/lib/emulators";
import type { CapturedMail } from "../../scripts/lib/mail-capture";

const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_IDS.test });
const db = getFirestore(app);
const inbox = `http://127.0.0.1:${mailCapturePorts("test").http}`;

async function capturedFor(address: string): Promise<CapturedMail[]> {
  const response = await fetch(`${inbox}/api/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CapturedMail[];
}

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

afterEach(async () => {
  await fetch(`${inbox}/api/smtp/up`, { method: "POST" });
});

describe("email outbox", () => {
  it("delivers a queued mail to SMTP with its subject, HTML, text and link", async () => {
    const to = `outbox-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);

    const [mail] = await vi.waitFor(
      async () => {
        const mails = await capturedFor(to);
        expect(mails).toHaveLength(1);
        return mails;
      },
      { timeout: 10_000, interval: 150 },
    );
    expect(mail?.subject).toBe(`Hello ${to}`);
    expect(mail?.html).toContain(`href="http://127.0.0.1/link/${mailId}"`);
    expect(mail?.text).toContain(`/link/${mailId}`);
    expect(mail?.messageId).toBe(`<${mailId}@portico.mail>`);
    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 10_000,
      interval: 150,
    });
  });

  it("keeps the reason in ERROR while SMTP is down, then delivers exactly once", async () => {
    await fetch(`${inbox}/api/smtp/down`, { method: "POST" });
    const to = `outage-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);

    const failed = await vi.waitFor(
      async () => {
        const delivery = await deliveryOf(mailId);
        expect(delivery.state).toBe("ERROR");
        return delivery;
      },
      { timeout: 10_000, interval: 150 },
    );
    expect(failed.error).toMatch(/ECONNREFUSED|connect/i);
    expect(await capturedFor(to)).toHaveLength(0);

    await fetch(`${inbox}/api/smtp/up`, { method: "POST" });
    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 20_000,
      interval: 150,
    });
    const delivered = await deliveryOf(mailId);
    expect(delivered.attempts).toBeGreaterThanOrEqual(2);

    // Later retry tasks that were already scheduled must not send it again.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await capturedFor(to)).toHaveLength(1);
  });

  it("sends once when the same mail's trigger fires again", async () => {
    const to = `dupe-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);
    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 10_000,
      interval: 150,
    });

    // Re-deliver the "created" event: delete and re-create the same document as
    // SUCCESS, as a replayed event would find it, then touch it again.
    const snapshot = await db.doc(paths.mail(mailId)).get();
    const data = snapshot.data() ?? {};
    await db.doc(paths.mail(mailId)).delete();
    await db.doc(paths.mail(mailId)).create(data);

    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await capturedFor(to)).toHaveLength(1);
  });

  it("sends once when several attempts on the same mail race", async () => {
    // The trigger and two direct attempts compete; the lease lets exactly one send.
    Object.assign(process.env, {
      SMTP_URL: `smtp://127.0.0.1:${mailCapturePorts("test").smtp}`,
      SMTP_PASSWORD: "",
      MAIL_FROM: "Portico <no-reply@portico.test>",
      MAIL_RETRY_BASE_SECONDS: "1",
    });
    const { deliverMail } = await import("../../functions/src/mail/deliverMail");
    const to = `race-${randomUUID().slice(0, 8)}@mail.test`;
    const mailId = await queue(to);
    const outcomes = await Promise.all([deliverMail(mailId), deliverMail(mailId)]);

    await vi.waitFor(async () => expect((await deliveryOf(mailId)).state).toBe("SUCCESS"), {
      timeout: 10_000,
      interval: 150,
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await capturedFor(to)).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "sent").length).toBeLessThanOrEqual(1);
    expect((await deliveryOf(mailId)).attempts).toBe(1);
  });
});
