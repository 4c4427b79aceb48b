/**
 * The demo client's FAQs, agent settings (with the portal's projection) and a
 * few unanswered questions, written the way the callables and the suggestion
 * function store them; the sync document is left pending, so with the
 * functions running the demo agent on the demo voice platform gets them.
 * Emulators only; nothing is written when the demo client already has FAQs.
 */
import { paths } from "@portico/domain/paths";
import type { Editor, FaqsDoc } from "@portico/domain/voice/agent-faqs";
import {
  type AgentSettingsDoc,
  DEFAULT_FIELD_ACCESS,
  portalAgentSettingsView,
  settingValues,
} from "@portico/domain/voice/agent-settings";
import type { AgentSyncDoc } from "@portico/domain/voice/agent-sync";
import { DEFAULT_BUSINESS_HOURS } from "@portico/domain/voice/business-hours";
import { assertEmulators } from "./seed-clients";

const DEMO_FAQS = [
  [
    "Do you take new patients?",
    "Yes. New patients are welcome; the first visit includes a check-up and a cleaning.",
  ],
  [
    "Do you accept insurance?",
    "We accept most PPO plans. Bring your card to the first visit and we check your coverage.",
  ],
  [
    "Is there parking?",
    "Yes, free parking behind the building, with two accessible spaces by the entrance.",
  ],
  [
    "What if I have a dental emergency?",
    "Call us right away: we keep time every day for emergencies.",
  ],
] as const;

const DEMO_UNANSWERED = [
  "Do you offer payment plans?",
  "Can I bring my dog to the appointment?",
  "Do you do teeth whitening for teenagers?",
];

export async function seedDemoAgentConfig(agencyId: string, clientId: string): Promise<void> {
  assertEmulators();
  const { db } = await import("../../functions/src/admin");
  const faqsRef = db.doc(paths.agentFaqs(agencyId, clientId));
  if ((await faqsRef.get()).exists) return;
  const now = new Date();
  const by: Editor = { uid: "seed", name: "Front desk", kind: "portal" };
  const faqs: FaqsDoc = {
    faqs: DEMO_FAQS.map(([question, answer], index) => ({
      id: `demo${index + 1}`,
      question,
      answer,
    })),
    version: 1,
    updatedAt: now,
    updatedBy: by,
  };
  const settings: AgentSettingsDoc = {
    greeting: "Thanks for calling Bright Smiles Dental, how can I help you today?",
    businessHours: {
      ...DEFAULT_BUSINESS_HOURS,
      weekly: { ...DEFAULT_BUSINESS_HOURS.weekly, sat: [{ opens: "09:00", closes: "13:00" }] },
      closures: [{ date: `${now.getUTCFullYear()}-12-25`, name: "Christmas Day" }],
    },
    transferNumber: "+14155550100",
    afterHours: "message",
    voice: { id: "11labs-Myra", name: "Myra" },
    fieldAccess: null,
    version: 1,
    updatedAt: now,
    updatedBy: by,
  };
  const sync: AgentSyncDoc = {
    state: "pending",
    revision: 1,
    syncedRevision: 0,
    attempts: 0,
    nextAttemptAt: now,
    leaseExpiresAt: null,
    error: null,
    errorCode: null,
    platform: null,
    syncedAt: null,
    updatedAt: now,
  };
  const batch = db.batch();
  batch.set(faqsRef, faqs);
  batch.set(db.doc(paths.agentSettings(agencyId, clientId)), settings);
  batch.set(
    db.doc(paths.portalAgentSettingsView(agencyId, clientId)),
    portalAgentSettingsView(settingValues(settings), DEFAULT_FIELD_ACCESS, settings.version),
  );
  batch.create(db.collection(paths.agentHistory(agencyId, clientId)).doc(), {
    at: now,
    by,
    area: "faqs",
    changes: DEMO_FAQS.map(([question]) => ({ kind: "added", question, field: null })),
    portalVisible: true,
  });
  DEMO_UNANSWERED.forEach((question, index) => {
    batch.set(db.doc(paths.faqSuggestion(agencyId, clientId, `demoUnanswered${index + 1}`)), {
      question,
      callId: `demoUnanswered${index + 1}`,
      askedAt: new Date(now.getTime() - (index + 1) * 86_400_000),
      status: "open",
      updatedAt: now,
    });
  });
  batch.set(db.doc(paths.agentSync(agencyId, clientId)), sync);
  await batch.commit();
}
