/**
 * Billing: the agency sets a plan (validated, managers only), the portal shows
 * the current period's minutes from the rollups and the projected charge while
 * Billing is shown, the hourly close issues each period's statement once with
 * gapless numbers, and the platform's cost is rolled up per day from callCosts
 * writes, each call counted once. The close and the cost roll-up also run
 * in-process here, the way the scheduler and a replayed event would run them.
 */
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { doc, getDoc } from "firebase/firestore";
import { FieldValue, Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { newAgencyOwner, signedInTeammate } from "../support/agencies";
import {
  admin,
  callableError,
  closeWebClients,
  fieldErrors,
  signedInClient,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";

let owner: WebClient;
let agencyId: string;
/** A trigger's first run starts its function cold in the emulator: on a busy machine, long. */
const TRIGGER_TIMEOUT = 60_000;

let closeBillingPeriods: typeof import("../../functions/src/billing/closeBillingPeriods").closeBillingPeriods;
let closeClientPeriod: typeof import("../../functions/src/billing/closeBillingPeriods").closeClientPeriod;
let rollUpCallCost: typeof import("../../functions/src/billing/rollUpCallCost").rollUpCallCost;

beforeAll(async () => {
  ({ agencyId, owner } = await newAgencyOwner("billing"));
  ({ closeBillingPeriods, closeClientPeriod } = await import(
    "../../functions/src/billing/closeBillingPeriods"
  ));
  ({ rollUpCallCost } = await import("../../functions/src/billing/rollUpCallCost"));
});

afterAll(async () => {
  await closeWebClients();
});

const db = () => admin().db;
const read = async (path: string) => (await db().doc(path).get()).data();

const PLAN = {
  monthlyFeeMinor: 4900,
  includedMinutes: 100,
  perMinuteMinor: 25,
  currency: "EUR",
  billingDay: 1,
};

async function newClient(timeZone = "Europe/Madrid") {
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Bright Smiles",
    email: `${uniqueMarker("smiles")}@billing.test`,
    type: "client",
    language: "es",
    timeZone,
  });
  return clientId;
}

/** A portal user of the client as acceptPortalInvitation leaves one, signed in. */
async function portalUserOf(clientId: string) {
  const email = `${uniqueMarker("portal")}@billing.test`;
  const user = await admin().auth.createUser({ email, password: VALID_PASSWORD });
  await admin().auth.setCustomUserClaims(user.uid, { agencyId, clientId, role: "portal" });
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
    });
  return signedInClient(email, VALID_PASSWORD);
}

/** A callDays document as the rollup functions keep it (only what billing reads matters). */
async function callDay(clientId: string, day: string, minutes: number) {
  await db()
    .doc(paths.callDay(agencyId, clientId, day))
    .set({ day, timeZone: "Europe/Madrid", calls: minutes, minutes, updatedAt: new Date() });
}

const sectionsOf = async (clientId: string) =>
  (await read(paths.portalClientView(agencyId, clientId)))?.sections as
    | Record<string, boolean>
    | undefined;

describe("setting a plan", () => {
  it("refuses bad amounts with field messages and saves nothing", async () => {
    const clientId = await newClient();
    const error = await callableError(
      owner.call(CALLABLES.setBillingPlan, {
        clientId,
        ...PLAN,
        monthlyFeeMinor: 49.5,
        perMinuteMinor: -1,
        billingDay: 31,
        currency: "XYZ",
      }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(Object.keys(fieldErrors(error)).sort()).toEqual([
      "billingDay",
      "currency",
      "monthlyFeeMinor",
      "perMinuteMinor",
    ]);
    expect(await read(paths.billingPlan(agencyId, clientId))).toBeUndefined();
  });

  it("is for owners and admins only", async () => {
    const clientId = await newClient();
    const member = await signedInTeammate(agencyId, "member");
    const error = await callableError(member.call(CALLABLES.setBillingPlan, { clientId, ...PLAN }));
    expect(error.code).toBe("functions/permission-denied");
  });

  it("starts the period in the client's time zone and shows Billing in the portal", async () => {
    const clientId = await newClient("America/Los_Angeles");
    expect((await sectionsOf(clientId))?.billing ?? false).toBe(false);
    const answer = await owner.call<{ periodStart: string }>(CALLABLES.setBillingPlan, {
      clientId,
      ...PLAN,
      billingDay: 15,
    });
    expect(answer.periodStart).toMatch(/^\d{4}-\d{2}-15$/);
    const plan = await read(paths.billingPlan(agencyId, clientId));
    expect(plan).toMatchObject({ ...PLAN, billingDay: 15, periodStart: answer.periodStart });
    // Its close is the local midnight (in Los Angeles: 07:00 or 08:00 UTC) a month on.
    const closeAt = (plan?.nextCloseAt as Timestamp | undefined)?.toDate() ?? new Date(0);
    expect([7, 8]).toContain(closeAt.getUTCHours());
    expect(closeAt.getUTCDate()).toBe(15);
    expect((await sectionsOf(clientId))?.billing).toBe(true);
  });
});

describe("the portal's billing", () => {
  it("shows the period's minutes from the rollups and the projected charge, never the cost", async () => {
    const clientId = await newClient();
    const { periodStart } = await owner.call<{ periodStart: string }>(CALLABLES.setBillingPlan, {
      clientId,
      ...PLAN,
    });
    const month = periodStart.slice(0, 7);
    await callDay(clientId, `${month}-01`, 70);
    await callDay(clientId, `${month}-02`, 41);
    // A day of the previous period does not count.
    await callDay(clientId, "2020-01-31", 500);
    const portal = await portalUserOf(clientId);
    const { usage } = await portal.call<{ usage: Record<string, unknown> }>(
      CALLABLES.portalBillingUsage,
      {},
    );
    expect(usage).toMatchObject({
      periodStart,
      minutes: 111,
      includedMinutes: 100,
      overageMinutes: 11,
      overageMinor: 275,
      totalMinor: 5175,
      currency: "EUR",
    });
    expect(JSON.stringify(usage)).not.toMatch(/cost/i);
    const plan = await getDoc(doc(portal.firestore(), paths.billingPlan(agencyId, clientId)));
    expect(plan.get("monthlyFeeMinor")).toBe(4900);
  });

  it("is refused, callable and documents alike, once the agency hides Billing", async () => {
    const clientId = await newClient();
    await owner.call(CALLABLES.setBillingPlan, { clientId, ...PLAN });
    const portal = await portalUserOf(clientId);
    await owner.call(CALLABLES.setPortalSections, { clientId, hidden: ["billing"] });
    await vi.waitFor(async () => expect((await sectionsOf(clientId))?.billing).toBe(false), {
      timeout: TRIGGER_TIMEOUT,
    });
    const error = await callableError(portal.call(CALLABLES.portalBillingUsage, {}));
    expect(error.code).toBe("functions/permission-denied");
    await expect(
      getDoc(doc(portal.firestore(), paths.billingPlan(agencyId, clientId))),
    ).rejects.toMatchObject({ code: "permission-denied" });
  });
});

describe("portal sections", () => {
  it("shows the agent's sections once the client has a connection, unless hidden", async () => {
    const clientId = await newClient();
    await vi.waitFor(async () => expect((await sectionsOf(clientId))?.calls).toBe(false), {
      timeout: TRIGGER_TIMEOUT,
    });
    await owner.call(CALLABLES.createAgentConnection, { clientId, platform: "portico" });
    await vi.waitFor(async () => expect((await sectionsOf(clientId))?.calls).toBe(true), {
      timeout: TRIGGER_TIMEOUT,
    });
    await owner.call(CALLABLES.setPortalSections, { clientId, hidden: ["faqs", "calls"] });
    await vi.waitFor(
      async () =>
        expect(await sectionsOf(clientId)).toEqual({
          calls: false,
          bookings: true,
          analytics: true,
          faqs: false,
          agentSettings: true,
          billing: false,
        }),
      { timeout: TRIGGER_TIMEOUT },
    );
  });

  it("gives a client stored before time zones a row on the agents overview, in UTC", async () => {
    const clientId = await newClient();
    // As clients were stored before time zones existed: no timeZone field at all.
    await db().doc(paths.client(agencyId, clientId)).update({ timeZone: FieldValue.delete() });
    await owner.call(CALLABLES.createAgentConnection, { clientId, platform: "portico" });
    await vi.waitFor(
      async () =>
        expect(await read(paths.agentSummary(agencyId, clientId))).toMatchObject({
          hasConnection: true,
          timeZone: "UTC",
        }),
      { timeout: TRIGGER_TIMEOUT },
    );
  });

  it("refuses unknown sections and other agencies' clients", async () => {
    const clientId = await newClient();
    const error = await callableError(
      owner.call(CALLABLES.setPortalSections, { clientId, hidden: ["secrets"] }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    const other = await newAgencyOwner("billing-other");
    const stranger = await callableError(
      other.owner.call(CALLABLES.setPortalSections, { clientId, hidden: [] }),
    );
    expect(stranger.code).toBe("functions/not-found");
  });
});

describe("closing a period", () => {
  /** A client whose October 2026 period ended, with minutes and platform cost in it. */
  async function endedPeriod() {
    const clientId = await newClient();
    await owner.call(CALLABLES.setBillingPlan, { clientId, ...PLAN });
    await db()
      .doc(paths.billingPlan(agencyId, clientId))
      .update({
        periodStart: "2026-10-01",
        nextCloseAt: Timestamp.fromDate(new Date("2026-10-31T23:00:00Z")),
      });
    await callDay(clientId, "2026-10-01", 60);
    await callDay(clientId, "2026-10-31", 52);
    await callDay(clientId, "2026-11-01", 999);
    await db()
      .doc(paths.costDay(agencyId, clientId, "2026-10-31"))
      .set({ day: "2026-10-31", platformCostCents: 840, calls: 3, updatedAt: new Date() });
    return clientId;
  }
  const now = Timestamp.fromDate(new Date("2026-11-01T09:00:00Z"));

  it("issues one statement with the period's minutes, even when the close runs twice at once", async () => {
    const clientId = await endedPeriod();
    const issued = await Promise.all([
      closeClientPeriod(agencyId, clientId, now),
      closeClientPeriod(agencyId, clientId, now),
    ]);
    expect(issued.filter(Boolean)).toHaveLength(1);
    const statements = await db().collection(paths.statements(agencyId, clientId)).get();
    expect(statements.docs.map((d) => d.id)).toEqual(["2026-10-01"]);
    expect(statements.docs[0]?.data()).toMatchObject({
      periodStart: "2026-10-01",
      periodEnd: "2026-11-01",
      minutes: 112,
      overageMinutes: 12,
      overageMinor: 300,
      totalMinor: 5200,
      currency: "EUR",
      clientName: "Bright Smiles",
      language: "es",
    });
    expect(JSON.stringify(statements.docs[0]?.data())).not.toMatch(/cost/i);
    expect(await read(paths.statementCost(agencyId, clientId, "2026-10-01"))).toMatchObject({
      platformCostCents: 840,
    });
    const plan = await read(paths.billingPlan(agencyId, clientId));
    expect(plan?.periodStart).toBe("2026-11-01");
    // November closes at midnight of December 1st in Madrid (23:00 UTC).
    expect((plan?.nextCloseAt as Timestamp | undefined)?.toDate().toISOString()).toBe(
      "2026-11-30T23:00:00.000Z",
    );
    // Run again later: nothing due, nothing new.
    expect(await closeClientPeriod(agencyId, clientId, now)).toBe(false);
  });

  it("numbers the agency's statements without gaps across clients and repeated runs", async () => {
    const clients = await Promise.all([endedPeriod(), endedPeriod(), endedPeriod()]);
    await Promise.all([closeBillingPeriods(now), closeBillingPeriods(now)]);
    const numbers = await Promise.all(
      clients.map(async (clientId) => {
        const statements = await db().collection(paths.statements(agencyId, clientId)).get();
        expect(statements.size).toBe(1);
        return statements.docs[0]?.get("number") as number;
      }),
    );
    const counter = (await read(paths.statementCounter(agencyId)))?.lastNumber as number;
    const sorted = [...numbers].sort((a, b) => a - b);
    // Earlier tests of this file issued statements of this agency too: these are the last three.
    expect(sorted).toEqual([counter - 2, counter - 1, counter]);
  });
});

describe("the platform's cost per day", () => {
  it("adds each call's cost once to its local day and moves it by the difference when corrected", async () => {
    const clientId = await newClient("America/Los_Angeles");
    const callId = uniqueMarker("call").replace(/-/g, "");
    // 03:00 UTC on Nov 2 is Nov 1 in Los Angeles.
    await db()
      .doc(paths.call(agencyId, clientId, callId))
      .set({ sortAt: Timestamp.fromDate(new Date("2026-11-02T03:00:00Z")) });
    await db()
      .doc(paths.callCost(agencyId, clientId, callId))
      .set({ platformCostCents: 31, updatedAt: new Date() });
    const dayPath = paths.costDay(agencyId, clientId, "2026-11-01");
    await vi.waitFor(async () => expect((await read(dayPath))?.platformCostCents).toBe(31), {
      timeout: TRIGGER_TIMEOUT,
    });
    // A replayed event changes nothing.
    await Promise.all([
      rollUpCallCost(agencyId, clientId, callId),
      rollUpCallCost(agencyId, clientId, callId),
    ]);
    expect(await read(dayPath)).toMatchObject({ platformCostCents: 31, calls: 1 });
    await db()
      .doc(paths.callCost(agencyId, clientId, callId))
      .set({ platformCostCents: 45, updatedAt: new Date() });
    await vi.waitFor(
      async () => expect(await read(dayPath)).toMatchObject({ platformCostCents: 45, calls: 1 }),
      { timeout: TRIGGER_TIMEOUT },
    );
  });
});
