/**
 * The weekly digest, run in-process as the daily schedule runs it (scoped to
 * this file's agency), with mail delivered by the emulated outbox to the local
 * SMTP capture: one email per portal user per week however often it runs, in
 * the client's language, none for a user who opted out, and the one-click
 * unsubscribe (a signed link, no sign-in) stops the next one.
 */
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { FieldValue } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { EMULATOR_VAULT_KEY } from "../../functions/src/connectors/tokenVault";
import { newAgencyOwner } from "../support/agencies";
import {
  admin,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
  webClient,
} from "../support/emulator-clients";
import { mailsTo, useCaptureForInProcessMail } from "../support/mail-inbox";

let owner: WebClient;
let agencyId: string;
let sendWeeklyDigests: typeof import("../../functions/src/digest/sendWeeklyDigests").sendWeeklyDigests;

/** The outbox's delivery starts its function cold in the emulator: on a busy machine, long. */
const TRIGGER_TIMEOUT = 120_000;
/** Monday 7 December 2026, 09:00 in Madrid: last week ran from 30 November to 6 December. */
const MONDAY = new Date("2026-12-07T08:00:00Z");
const NEXT_MONDAY = new Date("2026-12-14T08:00:00Z");

beforeAll(async () => {
  useCaptureForInProcessMail();
  // The signing key the emulated functions use (TOKEN_VAULT_KEY is unset on the emulator).
  process.env.TOKEN_VAULT_KEY ||= EMULATOR_VAULT_KEY;
  process.env.APP_URL ||= "http://127.0.0.1:5173";
  ({ agencyId, owner } = await newAgencyOwner("digest", { verified: true }));
  ({ sendWeeklyDigests } = await import("../../functions/src/digest/sendWeeklyDigests"));
});

const db = () => admin().db;

async function portalUser(clientId: string, weeklyDigest?: boolean) {
  const email = `${uniqueMarker("portal")}@digest.test`;
  const user = await admin().auth.createUser({ email, password: VALID_PASSWORD });
  await db()
    .doc(paths.portalMember(agencyId, clientId, user.uid))
    .set({
      uid: user.uid,
      email,
      displayName: "Ana",
      status: "active",
      invitedBy: { kind: "agency", uid: "owner", name: "Olga Owner" },
      joinedAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
      ...(weeklyDigest === undefined ? {} : { weeklyDigest }),
    });
  return { uid: user.uid, email };
}

/** Joining also sends a welcome: only digests count here. */
const digestsIn = async (email: string) =>
  (await mailsTo(email)).filter((mail) => mail.subject.startsWith("La semana de tu agente"));
const digestsQueuedTo = async (email: string) =>
  (await db().collection("mail").where("to", "==", email).get()).docs.filter(
    (mail) => mail.get("template") === "weekly-digest",
  ).length;

async function callDay(clientId: string, day: string, calls: number, bookings: number) {
  await db()
    .doc(paths.callDay(agencyId, clientId, day))
    .set({
      day,
      timeZone: "Europe/Madrid",
      calls,
      outcomes: { answered: calls - 1, transferred: 1 },
      bookings,
      updatedAt: new Date(),
    });
}

describe("the weekly digest", () => {
  // Through the emulated outbox to the inbox: slow on a busy machine.
  it("reaches each subscribed portal user once a week, in the client's language, until they unsubscribe", {
    timeout: 240_000,
  }, async () => {
    const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
      name: "Sonrisas Brillantes",
      email: `${uniqueMarker("smiles")}@digest.test`,
      type: "client",
      language: "es",
      timeZone: "Europe/Madrid",
    });
    // The client has an agent connection: its summary, as syncAgentSummary keeps it.
    await db().doc(paths.agentSummary(agencyId, clientId)).set({
      clientName: "Sonrisas Brillantes",
      timeZone: "Europe/Madrid",
      hasConnection: true,
      connections: [],
      days: {},
      updatedAt: new Date(),
    });
    const subscribed = await portalUser(clientId);
    const optedOut = await portalUser(clientId, false);
    await callDay(clientId, "2026-11-30", 12, 3);
    await callDay(clientId, "2026-12-06", 8, 2);
    // This week's calls are next week's digest.
    await callDay(clientId, "2026-12-07", 50, 50);

    // The scheduler fires twice.
    await Promise.all([
      sendWeeklyDigests(MONDAY, { agencyId }),
      sendWeeklyDigests(MONDAY, { agencyId }),
    ]);
    await expect
      .poll(async () => (await digestsIn(subscribed.email)).length, {
        timeout: TRIGGER_TIMEOUT,
      })
      .toBe(1);
    const [mail] = await digestsIn(subscribed.email);
    expect(mail?.subject).toBe("La semana de tu agente de IA en Sonrisas Brillantes");
    expect(mail?.text).toContain("del 30 de noviembre de 2026 al 6 de diciembre de 2026");
    expect(mail?.text).toContain("Tasa de citas");
    expect(mail?.text).toMatch(/25\s%/);
    expect(mail?.text).toContain("/portal/a/");
    // Opted out: nothing queued for them at all.
    expect(await digestsQueuedTo(optedOut.email)).toBe(0);
    // A later run the same week sends nothing more.
    await sendWeeklyDigests(new Date("2026-12-08T08:00:00Z"), { agencyId });
    expect(await digestsQueuedTo(subscribed.email)).toBe(1);

    // The one-click unsubscribe, signed out, from the link in the mail.
    const token = /\/portal\/unsubscribe#token=([A-Za-z0-9._-]+)/.exec(mail?.text ?? "")?.[1];
    expect(token).toBeTruthy();
    const anonymous = await webClient();
    expect(await anonymous.call(CALLABLES.unsubscribeDigest, { token })).toEqual({ done: true });
    expect(
      await anonymous.call(CALLABLES.unsubscribeDigest, { token: `${token?.slice(0, -3)}AAA` }),
    ).toEqual({ done: false });
    await sendWeeklyDigests(NEXT_MONDAY, { agencyId });
    expect(await digestsQueuedTo(subscribed.email)).toBe(1);
  });

  it("sends nothing outside the days after a week ends", async () => {
    const counts = await sendWeeklyDigests(new Date("2026-12-11T08:00:00Z"), { agencyId });
    expect(counts.sent).toBe(0);
  });
});
