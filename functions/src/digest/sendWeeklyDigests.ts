import {
  DIGEST_QUESTIONS,
  type DigestWeek,
  digestDailyCap,
  digestDue,
  digestFigures,
  lastFullWeek,
  weekDays,
} from "@portico/domain/digest";
import { mailDay, mailQuotaIds, quotaExpiresAt } from "@portico/domain/mail-quota";
import { paths } from "@portico/domain/paths";
import { portalAddressPath } from "@portico/domain/portal";
import { agentSummaryDocSchema, dayFiguresOf } from "@portico/domain/voice/agent-summaries";
import { callDayDocSchema } from "@portico/domain/voice/rollups";
import { type QueryDocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../admin";
import { APP_URL, SMTP_PASSWORD, TOKEN_VAULT_KEY } from "../config";
import { refs } from "../documents";
import { logs } from "../logs";
import { agencyMailSender, chargeMail, type MailSender } from "../mail/mailQuota";
import { queueMail } from "../mail/queueMail";
import { clientLocale } from "../portal/portalInvitations";
import { readBranding } from "../settings/agencySettings";
import { storedData } from "../voice/storedData";
import { openFaqSuggestions, type UnansweredQuestionsSource } from "./unansweredQuestions";
import { signUnsubscribeToken } from "./unsubscribeTokens";

const dayCounts = callDayDocSchema.pick({ calls: true, bookings: true, outcomes: true });
const PAGE = 300;

type Outcome = "sent" | "already" | "deferred" | "refused";

/** The digest's outbox id: one per portal user per week, whatever runs. */
export const digestMailId = (uid: string, week: DigestWeek) => `digest-${uid}-${week.start}`;

/** One client's week: its figures (7 callDays) and its top unanswered questions. */
async function clientWeek(
  agencyId: string,
  clientId: string,
  week: DigestWeek,
  questions: UnansweredQuestionsSource,
) {
  const days = await db.getAll(
    ...weekDays(week).map((day) => refs.callDay(agencyId, clientId, day)),
  );
  const figures = digestFigures(
    days.flatMap((day) => (day.exists ? [dayFiguresOf(storedData(dayCounts, day.data()))] : [])),
  );
  return {
    figures,
    questions: await questions.topQuestions(agencyId, clientId, week, DIGEST_QUESTIONS),
  };
}

/**
 * Queues one digest in one transaction: not twice (the outbox id), within
 * the agency's digest share of the day and its daily mail quota (chargeMail).
 */
async function queueDigest(
  sender: MailSender,
  mailId: string,
  to: string,
  relatedPath: string,
  message: Awaited<ReturnType<typeof import("@portico/emails/weekly-digest").weeklyDigestEmail>>,
  now: Date,
): Promise<Outcome> {
  const mailRef = refs.mail(mailId);
  const day = mailDay(now);
  const counterRef = refs.mailQuota(mailQuotaIds.digest(sender.agencyId, day));
  try {
    return await db.runTransaction(async (tx) => {
      const [queued, counter] = await Promise.all([tx.get(mailRef), tx.get(counterRef)]);
      if (queued.exists) return "already";
      const sentToday = counter.data()?.count ?? 0;
      if (sentToday >= digestDailyCap(sender.ownerVerified)) return "deferred";
      await chargeMail(tx, { sender, recipients: [to] }, now);
      tx.set(counterRef, {
        kind: "digest",
        agencyId: sender.agencyId,
        day,
        count: sentToday + 1,
        updatedAt: Timestamp.fromDate(now),
        expiresAt: Timestamp.fromDate(quotaExpiresAt(now)),
      });
      queueMail(
        { to, message, agencyId: sender.agencyId, relatedPath, template: "weekly-digest" },
        { tx, mailId },
      );
      return "sent";
    });
  } catch (error) {
    // The agency's daily quota is spent (logged by chargeMail): tomorrow's run tries again.
    if (error instanceof HttpsError && error.code === "resource-exhausted") return "refused";
    throw error;
  }
}

/**
 * Sends last week's digest to every portal user who has not opted out, of
 * every client with an agent connection, while the week is recent
 * (digestDue). Safe to run again: each user's digest exists once per week.
 */
export async function sendWeeklyDigests(
  now = new Date(),
  options: { questions?: UnansweredQuestionsSource; agencyId?: string } = {},
) {
  const questions = options.questions ?? openFaqSuggestions;
  const { weeklyDigestEmail } = await import("@portico/emails/weekly-digest");
  const counts: Record<Outcome, number> = { sent: 0, already: 0, deferred: 0, refused: 0 };
  const senders = new Map<string, Promise<MailSender>>();
  const brandings = new Map<string, ReturnType<typeof readBranding>>();
  let cursor: QueryDocumentSnapshot | null = null;
  for (;;) {
    // Every agency's clients; one agency's when asked (tests, a re-run for one agency).
    const summariesRef = options.agencyId
      ? db.collection(paths.agentSummaries(options.agencyId))
      : db.collectionGroup("agentSummaries");
    let page = summariesRef.where("hasConnection", "==", true).limit(PAGE);
    if (cursor) page = page.startAfter(cursor);
    const summaries = await page.get();
    for (const snap of summaries.docs) {
      const agencyId = snap.ref.parent.parent?.id;
      const clientId = snap.id;
      if (!agencyId) continue;
      const summary = storedData(agentSummaryDocSchema, snap.data());
      if (!digestDue(now, summary.timeZone)) continue;
      const week = lastFullWeek(now, summary.timeZone);
      const members = (
        await refs.portalMembers(agencyId, clientId).where("status", "==", "active").get()
      ).docs.filter((member) => member.data().weeklyDigest !== false);
      if (members.length === 0) continue;
      const client = (await refs.client(agencyId, clientId).get()).data();
      if (!client) continue;
      if (!senders.has(agencyId)) senders.set(agencyId, agencyMailSender(agencyId));
      if (!brandings.has(agencyId)) brandings.set(agencyId, readBranding(agencyId));
      const [sender, branding, content] = await Promise.all([
        senders.get(agencyId) as Promise<MailSender>,
        brandings.get(agencyId) as ReturnType<typeof readBranding>,
        clientWeek(agencyId, clientId, week, questions),
      ]);
      for (const member of members) {
        const mailId = digestMailId(member.id, week);
        if ((await refs.mail(mailId).get()).exists) {
          counts.already += 1;
          continue;
        }
        const token = signUnsubscribeToken({ agencyId, clientId, uid: member.id });
        const message = await weeklyDigestEmail({
          branding,
          locale: clientLocale(client.language),
          company: client.company || client.name,
          start: week.start,
          end: weekDays(week)[6] ?? week.start,
          ...content,
          portalUrl: `${APP_URL.value()}${portalAddressPath(agencyId)}`,
          unsubscribeUrl: `${APP_URL.value()}/portal/unsubscribe#token=${token}`,
        });
        const outcome = await queueDigest(
          sender,
          mailId,
          member.data().email,
          member.ref.path,
          message,
          now,
        );
        counts[outcome] += 1;
      }
    }
    if (summaries.size < PAGE) break;
    cursor = summaries.docs[summaries.size - 1] ?? null;
  }
  if (counts.sent + counts.deferred + counts.refused > 0) logs.digestsSent(counts);
  return counts;
}

/** Every morning (UTC): digests go out on Mondays, and catch up for two more days when capped. */
export const sendWeeklyDigestsDaily = onSchedule(
  {
    schedule: "every day 08:00",
    timeZone: "UTC",
    secrets: [SMTP_PASSWORD, TOKEN_VAULT_KEY],
    retryCount: 0,
  },
  async () => {
    await sendWeeklyDigests();
  },
);
