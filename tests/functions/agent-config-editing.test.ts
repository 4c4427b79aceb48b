import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { DEFAULT_FIELD_ACCESS } from "@portico/domain/voice/agent-settings";
import { doc, getDoc } from "firebase/firestore";
import { describe, expect, it, vi } from "vitest";
import { admin, callableError, fieldErrors } from "../support/emulator-clients";
import {
  activePortal,
  agencyId,
  newClient,
  owner,
  portalAgencyForThisFile,
  read,
} from "../support/portal-agency";

// FAQs and agent settings as the client's portal users and the agency edit
// them: validated in the client's language (nothing saved, nothing synced on
// a refusal), only the fields the agency lets the client edit, a history of
// who changed what, and unanswered questions from calls as suggestions.

portalAgencyForThisFile();

const faq = (id: string, question: string, answer = "Yes.") => ({ id, question, answer });

describe("editing FAQs", () => {
  it("should refuse a duplicate question and an empty answer with messages in the client's language, saving and syncing nothing", async () => {
    const client = await newClient({ language: "es" });
    const error = await callableError(
      owner.call(CALLABLES.saveFaqs, {
        clientId: client.clientId,
        baseVersion: 0,
        faqs: [
          faq("a", "¿Aceptan tarjeta?"),
          faq("b", "aceptan tarjeta"),
          faq("c", "¿Hay parking?", " "),
        ],
      }),
    );
    expect(error.code).toBe("functions/invalid-argument");
    expect(fieldErrors(error)).toEqual({
      "faqs.1.question": "Esta pregunta ya existe.",
      "faqs.2.answer": "Escribe la respuesta.",
    });
    expect(await read(paths.agentFaqs(agencyId, client.clientId))).toBeUndefined();
    expect(await read(paths.agentSync(agencyId, client.clientId))).toBeUndefined();
  });

  it("should refuse a save made from an older version, so nobody overwrites someone else's change", async () => {
    const client = await newClient({ language: "en" });
    await owner.call(CALLABLES.saveFaqs, {
      clientId: client.clientId,
      baseVersion: 0,
      faqs: [faq("a", "Do you open on Saturdays?")],
    });
    const error = await callableError(
      owner.call(CALLABLES.saveFaqs, { clientId: client.clientId, baseVersion: 0, faqs: [] }),
    );
    expect(error.code).toBe("functions/failed-precondition");
    expect((await read(paths.agentFaqs(agencyId, client.clientId)))?.faqs).toHaveLength(1);
  });

  it("should let a portal user add, reorder and delete FAQs, recording who did what", async () => {
    const client = await activePortal("en");
    const call = (baseVersion: number, faqs: unknown[]) =>
      client.portal.call(CALLABLES.saveFaqs, { clientId: client.clientId, baseVersion, faqs });
    await call(0, [faq("a", "Is there parking?"), faq("b", "Do you take cards?")]);
    await call(1, [faq("b", "Do you take cards?"), faq("a", "Is there parking?")]);
    await call(2, [faq("b", "Do you take cards?")]);

    const entries = await admin()
      .db.collection(paths.agentHistory(agencyId, client.clientId))
      .orderBy("at")
      .get();
    expect(
      entries.docs.map((entry) => entry.data().changes.map((c: { kind: string }) => c.kind)),
    ).toEqual([["added", "added"], ["reordered"], ["deleted"]]);
    expect(entries.docs[0]?.data().by).toMatchObject({ name: "Ana Client", kind: "portal" });
    // Another client's portal user cannot touch these FAQs.
    const other = await activePortal("en");
    const refused = await callableError(
      other.portal.call(CALLABLES.saveFaqs, {
        clientId: client.clientId,
        baseVersion: 3,
        faqs: [],
      }),
    );
    expect(refused.code).toBe("functions/permission-denied");
  }, 90_000);

  it("should turn a call's unanswered question into a suggestion once, and keep it dismissed", async () => {
    const client = await newClient({ language: "en" });
    const callPath = paths.call(agencyId, client.clientId, "callUnanswered1");
    const now = new Date();
    const callDoc = {
      platform: "retell",
      platformCallId: "call_x",
      agentId: null,
      stage: "analyzed",
      direction: "inbound",
      callerNumber: "+14155550123",
      callerName: null,
      calledNumber: null,
      startedAt: now.toISOString(),
      endedAt: now.toISOString(),
      durationSeconds: 60,
      outcome: "answered",
      endedReason: "user_hangup",
      transferTarget: null,
      summary: "Asked about payment plans.",
      sentiment: "neutral",
      successful: false,
      transcript: [],
      structuredData: { unanswered_question: "Do you offer payment plans?" },
      hasRecording: false,
      connectionId: "connection-1",
      bookingId: null,
      booked: false,
      searchTokens: [],
      sortAt: now,
      receivedAt: now,
      updatedAt: now,
    };
    await admin().db.doc(callPath).set(callDoc);
    const suggestionPath = paths.faqSuggestion(agencyId, client.clientId, "callUnanswered1");
    await vi.waitFor(async () => expect((await read(suggestionPath))?.status).toBe("open"), {
      timeout: 20_000,
      interval: 150,
    });
    expect((await read(suggestionPath))?.question).toBe("Do you offer payment plans?");
    await owner.call(CALLABLES.dismissFaqSuggestion, {
      clientId: client.clientId,
      suggestionId: "callUnanswered1",
    });
    // A re-analysed call does not bring it back.
    await admin()
      .db.doc(callPath)
      .set({ ...callDoc, updatedAt: new Date() });
    await vi.waitFor(async () => expect((await read(suggestionPath))?.status).toBe("dismissed"), {
      timeout: 5_000,
    });
  });
});

describe("editing agent settings", () => {
  it("should refuse a malformed phone number and overlapping hours in the client's language, saving nothing", async () => {
    const client = await newClient({ language: "nl" });
    const error = await callableError(
      owner.call(CALLABLES.saveAgentSettings, {
        clientId: client.clientId,
        baseVersion: 0,
        changes: {
          transferNumber: "0612",
          businessHours: {
            weekly: {
              mon: [
                { opens: "09:00", closes: "13:00" },
                { opens: "12:00", closes: "17:00" },
              ],
              tue: [],
              wed: [],
              thu: [],
              fri: [],
              sat: [],
              sun: [],
            },
            closures: [],
          },
        },
      }),
    );
    expect(fieldErrors(error)).toEqual({
      "changes.transferNumber": "Gebruik het internationale formaat, bijv. +31201234567.",
      "changes.businessHours.weekly.mon.1.opens": "Deze tijden overlappen.",
    });
    expect(await read(paths.agentSettings(agencyId, client.clientId))).toBeUndefined();
  });

  it("should let a portal user edit only the fields the agency lets them, and read only the fields they may see", async () => {
    const client = await activePortal("en");
    await owner.call(CALLABLES.setAgentFieldAccess, {
      clientId: client.clientId,
      access: {
        ...DEFAULT_FIELD_ACCESS,
        greeting: { visible: true, editable: true },
        transferNumber: { visible: false, editable: false },
      },
    });
    await owner.call(CALLABLES.saveAgentSettings, {
      clientId: client.clientId,
      baseVersion: 0,
      changes: { transferNumber: "+14155550100" },
    });
    await client.portal.call(CALLABLES.saveAgentSettings, {
      clientId: client.clientId,
      baseVersion: 1,
      changes: { greeting: "Hello from Bright Smiles!" },
    });
    const refused = await callableError(
      client.portal.call(CALLABLES.saveAgentSettings, {
        clientId: client.clientId,
        baseVersion: 2,
        changes: { transferNumber: "+14155550199" },
      }),
    );
    expect(fieldErrors(refused)).toEqual({
      "changes.transferNumber": "Your agency manages this setting.",
    });
    const settings = await read(paths.agentSettings(agencyId, client.clientId));
    expect(settings).toMatchObject({
      greeting: "Hello from Bright Smiles!",
      transferNumber: "+14155550100",
    });

    const view = await getDoc(
      doc(client.portal.firestore(), paths.portalAgentSettingsView(agencyId, client.clientId)),
    );
    expect(view.data()?.values.greeting).toBe("Hello from Bright Smiles!");
    expect(view.data()?.values).not.toHaveProperty("transferNumber");
    expect(view.data()?.editable).toContain("greeting");
    // The staff change to the hidden number is in an entry portal users cannot read.
    const entries = await admin()
      .db.collection(paths.agentHistory(agencyId, client.clientId))
      .get();
    expect(
      entries.docs
        .map((entry) => [entry.data().portalVisible, entry.data().changes[0].field])
        .sort(),
    ).toEqual([
      [false, "transferNumber"],
      [true, "greeting"],
    ]);
  }, 90_000);
});
