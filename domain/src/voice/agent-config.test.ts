import { describe, expect, it } from "vitest";
import { resources } from "../i18n/translator";
import { faqChanges, faqSetSchema, questionKey } from "./agent-faqs";
import {
  agentSettingsChangesSchema,
  DEFAULT_AGENT_SETTINGS,
  DEFAULT_FIELD_ACCESS,
  effectiveFieldAccess,
  portalAgentSettingsView,
} from "./agent-settings";
import {
  mergePromptSection,
  PROMPT_END,
  PROMPT_START,
  promptSection,
  unansweredQuestion,
} from "./agent-sync";

const en = resources.en.translation.agent;
const faq = (id: string, question: string, answer = "Yes.") => ({ id, question, answer });

describe("FAQ sets", () => {
  it("treats case, spacing and question marks as the same question", () => {
    expect(questionKey("  Do you take   CARDS? ")).toBe(questionKey("¿do you take cards"));
  });

  it("refuses duplicates, empty answers and too many FAQs with the client's messages", () => {
    const result = faqSetSchema(resources.es.translation.agent).safeParse([
      faq("a", "Parking?"),
      faq("b", "parking"),
      faq("c", "Cards?", "  "),
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["2.answer", "Escribe la respuesta."],
      ["1.question", "Esta pregunta ya existe."],
    ]);
    const many = Array.from({ length: 51 }, (_, index) => faq(`f${index}`, `Question ${index}`));
    expect(faqSetSchema(en).safeParse(many).error?.issues[0]?.message).toBe(
      "You can have at most 50 FAQs.",
    );
  });

  it("names each change for the history", () => {
    const before = [faq("a", "A?"), faq("b", "B?"), faq("c", "C?")];
    const after = [faq("b", "B?"), faq("a", "A?", "No."), faq("d", "D?")];
    expect(faqChanges(before, after)).toEqual([
      { kind: "edited", question: "A?" },
      { kind: "added", question: "D?" },
      { kind: "deleted", question: "C?" },
      { kind: "reordered" },
    ]);
    expect(faqChanges(before, before)).toEqual([]);
  });
});

describe("the agent's prompt", () => {
  const section = promptSection(
    [faq("a", "Parking?", "Behind the building.")],
    DEFAULT_AGENT_SETTINGS,
    "Europe/Madrid",
  );

  it("appends Portico's section to the agency's prompt, then replaces only that section", () => {
    const first = mergePromptSection("Be warm.", section);
    expect(first).toBe(`Be warm.\n\n${section}`);
    const again = mergePromptSection(
      `${first}\nAgency text after.`,
      section.replace("Behind", "Next to"),
    );
    expect(again.startsWith("Be warm.\n\n")).toBe(true);
    expect(again.endsWith("Agency text after.")).toBe(true);
    expect(again.split(PROMPT_START)).toHaveLength(2);
    expect(again.split(PROMPT_END)).toHaveLength(2);
    expect(again).toContain("A: Next to the building.");
    expect(mergePromptSection(again, section.replace("Behind", "Next to"))).toBe(again);
  });

  it("says when the business is open in the client's time zone", () => {
    expect(section).toContain("Time zone: Europe/Madrid.");
    expect(section).toContain("- mon: 09:00-17:00");
    expect(section).toContain("- sun: closed");
  });
});

describe("agent settings", () => {
  it("validates phone numbers and overlapping hours", () => {
    const schema = agentSettingsChangesSchema(en);
    expect(schema.parse({ transferNumber: "+1 (415) 555-0100" }).transferNumber).toBe(
      "+14155550100",
    );
    expect(schema.parse({ transferNumber: "" }).transferNumber).toBeNull();
    expect(schema.safeParse({ transferNumber: "555-0100" }).success).toBe(false);
    const week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const overlapping = schema.safeParse({
      businessHours: {
        weekly: {
          ...week,
          mon: [
            { opens: "12:00", closes: "15:00" },
            { opens: "09:00", closes: "12:30" },
          ],
        },
        closures: [],
      },
    });
    expect(overlapping.error?.issues[0]).toMatchObject({
      path: ["businessHours", "weekly", "mon", 0, "opens"],
      message: "These hours overlap.",
    });
  });

  it("lets a client override win over the agency default, and editable imply visible", () => {
    const access = effectiveFieldAccess(
      { ...DEFAULT_FIELD_ACCESS, greeting: { visible: false, editable: false } },
      { ...DEFAULT_FIELD_ACCESS, voice: { visible: false, editable: true } },
    );
    expect(access.greeting).toEqual({ visible: true, editable: true });
    expect(access.voice).toEqual({ visible: true, editable: true });
    expect(
      effectiveFieldAccess(
        { ...DEFAULT_FIELD_ACCESS, greeting: { visible: false, editable: false } },
        null,
      ).greeting,
    ).toEqual({ visible: false, editable: false });
  });

  it("gives portal users only the visible fields", () => {
    const view = portalAgentSettingsView(
      { ...DEFAULT_AGENT_SETTINGS, transferNumber: "+14155550100" },
      { ...DEFAULT_FIELD_ACCESS, transferNumber: { visible: false, editable: false } },
      3,
    );
    expect(view.values).not.toHaveProperty("transferNumber");
    expect(view.values).not.toHaveProperty("voice");
    expect(view.editable).toEqual(["greeting", "businessHours", "afterHours"]);
  });

  it("reads an unanswered question only when there is one", () => {
    expect(unansweredQuestion({ unanswered_question: " Do you   do implants? " })).toBe(
      "Do you do implants?",
    );
    expect(unansweredQuestion({ unanswered_question: "none" })).toBeNull();
    expect(unansweredQuestion({ unanswered_question: 3 })).toBeNull();
    expect(unansweredQuestion(null)).toBeNull();
  });
});
