import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { paths } from "@portico/domain/paths";
import { DEFAULT_BUSINESS_HOURS } from "@portico/domain/voice/business-hours";
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

// The client's FAQs, agent settings, their history, sync state and the
// unanswered-question suggestions. Portal users read the FAQs, the sync state,
// the suggestions, the history of what they may see and the projection of
// the settings they may see; the settings themselves (with the fields the
// agency hides and its access choices) are staff only. Only functions write.

const AT = new Date("2026-11-20T15:04:00Z");
const own = PORTAL_CLIENT_ID;
const editor = { uid: "portal-1", name: "Front desk", kind: "portal" };

const faqsDoc: Fields = {
  faqs: [{ id: "f1", question: "Do you take walk-ins?", answer: "Yes, before noon." }],
  version: 1,
  updatedAt: AT,
  updatedBy: editor,
};
const syncDoc: Fields = {
  state: "synced",
  revision: 1,
  syncedRevision: 1,
  attempts: 1,
  nextAttemptAt: null,
  leaseExpiresAt: null,
  error: null,
  platform: "retell",
  syncedAt: AT,
  updatedAt: AT,
};
const settingsDoc: Fields = {
  greeting: "Bright Smiles, how can I help?",
  businessHours: DEFAULT_BUSINESS_HOURS,
  transferNumber: "+14155550100",
  afterHours: "message",
  voice: { id: "11labs-Adrian", name: "Adrian" },
  fieldAccess: null,
  version: 1,
  updatedAt: AT,
  updatedBy: editor,
};
const historyDoc = (portalVisible: boolean): Fields => ({
  at: AT,
  by: editor,
  area: "settings",
  changes: [{ kind: "setting", question: null, field: portalVisible ? "greeting" : "voice" }],
  portalVisible,
});
const suggestionDoc: Fields = {
  question: "Do you offer payment plans?",
  callId: "call-1",
  askedAt: AT,
  status: "open",
  updatedAt: AT,
};

const faqsPath = paths.agentFaqs(AGENCY_ID, own);
const syncPath = paths.agentSync(AGENCY_ID, own);
const settingsPath = paths.agentSettings(AGENCY_ID, own);
const visibleEntryPath = `${paths.agentHistory(AGENCY_ID, own)}/entry-visible`;
const hiddenEntryPath = `${paths.agentHistory(AGENCY_ID, own)}/entry-hidden`;
const suggestionPath = paths.faqSuggestion(AGENCY_ID, own, "call-1");
const settingsViewPath = paths.portalAgentSettingsView(AGENCY_ID, own);
const agencyFieldsPath = paths.settings(AGENCY_ID, "agentFields");

const suite = rulesSuite("demo-portico-rules-agent-config", {
  seed: {
    [faqsPath]: faqsDoc,
    [syncPath]: syncDoc,
    [settingsPath]: settingsDoc,
    [visibleEntryPath]: historyDoc(true),
    [suggestionPath]: suggestionDoc,
    [settingsViewPath]: { values: { greeting: "Hi" }, editable: ["greeting"], version: 1 },
    [agencyFieldsPath]: { access: {}, updatedAt: AT },
    [paths.agentFaqs(AGENCY_ID, OTHER_PORTAL_CLIENT_ID)]: faqsDoc,
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/agentConfig/faqs",
  subject: { one: "client-1's FAQs", new: "an FAQ set", many: "client-1's agent config" },
  docPath: faqsPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/agentConfig`,
  createPath: `${paths.client(AGENCY_ID, own)}/agentConfig/planted`,
  createData: faqsDoc,
  // Skipping the callable's validation, history and sync.
  updateData: { faqs: [] },
  expect: { get: STAFF_AND_PORTAL, list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/agentConfig/sync",
  subject: {
    one: "client-1's agent sync state",
    new: "a sync state",
    many: "client-1's agent config",
  },
  docPath: syncPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/agentConfig`,
  createPath: `${paths.client(AGENCY_ID, own)}/agentConfig/planted`,
  createData: syncDoc,
  // Claiming a sync that never happened.
  updateData: { state: "synced", syncedRevision: 99 },
  expect: { get: STAFF_AND_PORTAL, list: [], create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/agentSettings/current",
  subject: {
    one: "client-1's agent settings",
    new: "agent settings",
    many: "client-1's agent settings",
  },
  docPath: settingsPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/agentSettings`,
  createPath: `${paths.client(AGENCY_ID, own)}/agentSettings/planted`,
  createData: settingsDoc,
  // Giving the client fields the agency keeps to itself.
  updateData: { fieldAccess: null, greeting: "Hacked" },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/agentHistory/{entryId}",
  subject: {
    one: "a visible history entry",
    new: "a history entry",
    many: "client-1's agent history",
  },
  docPath: visibleEntryPath,
  collectionPath: paths.agentHistory(AGENCY_ID, own),
  createPath: `${paths.agentHistory(AGENCY_ID, own)}/planted`,
  createData: historyDoc(true),
  // Rewriting who changed what.
  updateData: { by: { uid: "x", name: "Someone else", kind: "staff" } },
  // Portal users list only with the portalVisible filter (tested below): rules are not filters.
  expect: { get: STAFF_AND_PORTAL, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/faqSuggestions/{callId}",
  subject: { one: "an unanswered question", new: "a suggestion", many: "client-1's suggestions" },
  docPath: suggestionPath,
  collectionPath: paths.faqSuggestions(AGENCY_ID, own),
  createPath: paths.faqSuggestion(AGENCY_ID, own, "call-new"),
  createData: suggestionDoc,
  // Dismissing without the callable (or planting one).
  updateData: { status: "dismissed" },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/clients/{clientId}/portalViews/agentSettings",
  subject: {
    one: "the portal's view of the agent settings",
    new: "a portal view",
    many: "client-1's portal views",
  },
  docPath: settingsViewPath,
  collectionPath: `${paths.client(AGENCY_ID, own)}/portalViews`,
  createPath: `${paths.client(AGENCY_ID, own)}/portalViews/planted`,
  createData: { values: {}, editable: [], version: 0 },
  // Making a read-only field editable.
  updateData: { editable: ["greeting", "voice"] },
  expect: { get: STAFF_AND_PORTAL, list: STAFF_AND_PORTAL, create: [], update: [], delete: [] },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/settings/agentFields",
  subject: {
    one: "the agency's default agent field access",
    new: "an agency setting",
    many: "the agency's settings",
  },
  docPath: agencyFieldsPath,
  collectionPath: `${paths.agency(AGENCY_ID)}/settings`,
  createPath: `${paths.agency(AGENCY_ID)}/settings/planted`,
  createData: { access: {}, updatedAt: AT },
  updateData: { access: {} },
  expect: { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] },
});

describe("portal users see only what the agency shows them", () => {
  const portal = () => suite.db("portal");

  it("should not allow a portal user to read a history entry about a hidden field", async () => {
    await suite.seed({ [hiddenEntryPath]: historyDoc(false) });
    await assertFails(portal().doc(hiddenEntryPath).get());
    await assertFails(portal().collection(paths.agentHistory(AGENCY_ID, own)).get());
    await assertSucceeds(suite.db("viewer").doc(hiddenEntryPath).get());
  });

  it("should give a portal user the visible history through a query on portalVisible", async () => {
    await suite.seed({ [hiddenEntryPath]: historyDoc(false) });
    const visible = await assertSucceeds(
      portal()
        .collection(paths.agentHistory(AGENCY_ID, own))
        .where("portalVisible", "==", true)
        .get(),
    );
    expect(visible.docs.map((doc) => doc.id)).toEqual(["entry-visible"]);
  });

  it("should not allow a portal user to read another client's FAQs", async () => {
    await assertFails(portal().doc(paths.agentFaqs(AGENCY_ID, OTHER_PORTAL_CLIENT_ID)).get());
    await assertFails(portal().collectionGroup("agentConfig").get());
  });
});
