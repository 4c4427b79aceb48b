import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  type Fields,
  OTHER_PORTAL_CLIENT_ID,
  PORTAL_CLIENT_ID,
  rulesSuite,
  STAFF_AND_PORTAL,
} from "../support/rules-grid";

// Billing: a client's plan and statements are read by staff and, while the
// agency shows Billing (the portal view's sections), by the client's portal
// users; the platform's cost (costDays, statementCosts) by staff only; each
// call's cost contribution by functions only. Nobody writes any of it.

const AT = new Date("2026-11-20T15:04:00Z");
const own = PORTAL_CLIENT_ID;

const sections = (billing: boolean): Fields => ({
  calls: true,
  bookings: true,
  analytics: true,
  faqs: true,
  agentSettings: true,
  billing,
});
const portalView = (billing: boolean): Fields => ({
  name: "Client",
  language: "en",
  timeZone: "UTC",
  sections: sections(billing),
});

const planDoc: Fields = {
  monthlyFeeMinor: 4900,
  includedMinutes: 300,
  perMinuteMinor: 25,
  currency: "EUR",
  billingDay: 1,
  periodStart: "2026-11-01",
  nextCloseAt: AT,
  updatedAt: AT,
};

const statementDoc = (number: number): Fields => ({
  number,
  periodStart: "2026-10-01",
  periodEnd: "2026-11-01",
  clientName: "Client",
  agencyName: "Agency A",
  language: "en",
  timeZone: "UTC",
  currency: "EUR",
  minutes: 320,
  includedMinutes: 300,
  overageMinutes: 20,
  perMinuteMinor: 25,
  monthlyFeeMinor: 4900,
  overageMinor: 500,
  totalMinor: 5400,
  issuedAt: AT,
});

const planPath = paths.billingPlan(AGENCY_ID, own);
const statementPath = paths.statement(AGENCY_ID, own, "2026-10-01");
const costDayPath = paths.costDay(AGENCY_ID, own, "2026-10-03");
const statementCostPath = paths.statementCost(AGENCY_ID, own, "2026-10-01");
const contributionPath = paths.costContribution(AGENCY_ID, own, "call-1");
const hiddenClient = OTHER_PORTAL_CLIENT_ID;

const suite = rulesSuite("demo-portico-rules-billing", {
  seed: {
    [paths.portalClientView(AGENCY_ID, own)]: portalView(true),
    [paths.portalClientView(AGENCY_ID, hiddenClient)]: portalView(false),
    [planPath]: planDoc,
    [statementPath]: statementDoc(1),
    [paths.billingPlan(AGENCY_ID, hiddenClient)]: planDoc,
    [paths.statement(AGENCY_ID, hiddenClient, "2026-10-01")]: statementDoc(2),
    [costDayPath]: { day: "2026-10-03", platformCostCents: 120, calls: 3, updatedAt: AT },
    [statementCostPath]: { platformCostCents: 900, issuedAt: AT },
    [contributionPath]: { day: "2026-10-03", platformCostCents: 40 },
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/billing/plan",
  subject: { one: "client-1's plan", new: "a plan", many: "client-1's billing documents" },
  docPath: planPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/billing`,
  createPath: `${paths.client(AGENCY_ID, own)}/billing/other`,
  createData: planDoc,
  // Lowering one's own fee.
  updateData: { monthlyFeeMinor: 0 },
  expect: { get: STAFF_AND_PORTAL, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/statements/{periodStart}",
  subject: { one: "a statement of client-1", new: "a statement", many: "client-1's statements" },
  docPath: statementPath,
  collectionPath: paths.statements(AGENCY_ID, own),
  createPath: paths.statement(AGENCY_ID, own, "2026-12-01"),
  createData: statementDoc(9),
  // Rewriting what was charged.
  updateData: { totalMinor: 0 },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/costDays/{day}",
  subject: { one: "a day's platform cost", new: "a day's cost", many: "client-1's costs per day" },
  docPath: costDayPath,
  collectionPath: paths.costDays(AGENCY_ID, own),
  createPath: paths.costDay(AGENCY_ID, own, "2026-10-04"),
  createData: { day: "2026-10-04", platformCostCents: 1, calls: 1, updatedAt: AT },
  updateData: { platformCostCents: 0 },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/statementCosts/{periodStart}",
  subject: {
    one: "a statement's platform cost",
    new: "a statement's cost",
    many: "client-1's statement costs",
  },
  docPath: statementCostPath,
  collectionPath: paths.statementCosts(AGENCY_ID, own),
  createPath: paths.statementCost(AGENCY_ID, own, "2026-12-01"),
  createData: { platformCostCents: 1, issuedAt: AT },
  updateData: { platformCostCents: 0 },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/costContributions/{callId}",
  subject: {
    one: "a call's cost contribution",
    new: "a cost contribution",
    many: "client-1's cost contributions",
  },
  docPath: contributionPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/costContributions`,
  createPath: paths.costContribution(AGENCY_ID, own, "call-new"),
  createData: { day: "2026-10-04", platformCostCents: 1 },
  updateData: { platformCostCents: 0 },
  expect: { get: [], list: [], create: [], update: [], delete: [] },
});

describe("portal users read billing only while the agency shows it", () => {
  const portal = () => suite.db("portal");
  const otherPortal = () => suite.db("otherPortal");

  it("should give a portal user their plan and statements while Billing is shown", async () => {
    const plan = await assertSucceeds(portal().doc(planPath).get());
    expect(plan.get("monthlyFeeMinor")).toBe(4900);
    await assertSucceeds(portal().collection(paths.statements(AGENCY_ID, own)).get());
  });

  it("should not allow a portal user whose Billing is hidden to read its plan or statements", async () => {
    await assertFails(otherPortal().doc(paths.billingPlan(AGENCY_ID, hiddenClient)).get());
    await assertFails(otherPortal().collection(paths.statements(AGENCY_ID, hiddenClient)).get());
  });

  it("should refuse the plan and statements once the agency hides Billing", async () => {
    await suite.seed({ [paths.portalClientView(AGENCY_ID, own)]: portalView(false) });
    await assertFails(portal().doc(planPath).get());
    await assertFails(portal().doc(statementPath).get());
  });

  it("should refuse them to a portal user whose view predates sections", async () => {
    await suite.seed({
      [paths.portalClientView(AGENCY_ID, own)]: { name: "Client", language: "en" },
    });
    await assertFails(portal().doc(planPath).get());
  });

  it("should not allow a portal user to read statements across clients", async () => {
    await assertFails(portal().collection(paths.statements(AGENCY_ID, hiddenClient)).get());
    await assertFails(portal().collectionGroup("statements").get());
  });
});
