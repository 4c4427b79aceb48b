import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import { type Branding, defaultBranding } from "@portico/domain/branding";
import { EMPTY_INTAKE_FORM, type IntakeForm, intakeFormSchema } from "@portico/domain/intake";
import { paths } from "@portico/domain/paths";
import { DEFAULT_GENERAL_SETTINGS, type GeneralSettings } from "@portico/domain/settings";
import { describe, expect, it } from "vitest";
import {
  ACTIVE_STAFF,
  AGENCY_ID,
  OTHER_AGENCY_ID,
  rulesSuite,
  STAFF_AND_PORTAL,
  uidOf,
} from "../support/rules-grid";

const brandingPath = paths.settings(AGENCY_ID, "branding");
const generalPath = paths.settings(AGENCY_ID, "general");
const intakeFormPath = paths.settings(AGENCY_ID, "intakeForm");
const otherBrandingPath = paths.settings(OTHER_AGENCY_ID, "branding");
/** paths has a helper per settings document only; list reads the collection. */
const settingsCollection = (agencyId: string) => `agencies/${agencyId}/settings`;

/** Agency A's branding after an owner saved it through updateBranding. */
const branding = {
  displayName: "Agency A Studio",
  logoUrl: "https://cdn.example.com/agency-a/logo.png",
  primaryColor: "#1e3a8a",
  accentColor: "#0369a1",
  replyTo: "hello@agency-a.example",
  showPoweredBy: true,
} satisfies Branding;

const general = {
  reminderCooldownHours: 48,
  portalLinkLifetimeDays: 14,
  defaultLocale: "nl",
  defaultTimeZone: "Europe/Amsterdam",
} satisfies GeneralSettings;

/** Agency A's intake form as updateIntakeForm stores it: the parsed form, who saved it and when. */
const intakeForm = {
  ...intakeFormSchema.parse({
    enabled: true,
    questions: [
      {
        id: "goals",
        type: "long_text",
        label: "What should this campaign achieve?",
        helpText: "A sentence or two is enough.",
        required: true,
      },
      {
        id: "channels",
        type: "multiple_choice",
        label: "Which channels do you advertise on today?",
        options: ["Google Ads", "Meta", "TikTok"],
      },
      { id: "has-analytics", type: "yes_no", label: "Do you use Google Analytics?" },
    ],
  }),
  updatedAt: new Date("2026-01-06T16:00:00Z"),
  updatedBy: uidOf("admin"),
} satisfies IntakeForm & { updatedAt: Date; updatedBy: string };

/** What must still be stored after a refused write (read back, updatedAt is a Timestamp). */
const savedForm = {
  enabled: true,
  questions: intakeForm.questions,
  updatedBy: uidOf("admin"),
};

const suite = rulesSuite("demo-portico-rules-settings", {
  seed: {
    [brandingPath]: branding,
    [generalPath]: general,
    [intakeFormPath]: intakeForm,
    // Written by createAgencyWorkspace when agency B signed up.
    [otherBrandingPath]: defaultBranding("Agency B"),
    [paths.settings(OTHER_AGENCY_ID, "general")]: DEFAULT_GENERAL_SETTINGS,
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/settings/branding",
  subject: { one: "the branding", new: "the branding", many: "settings" },
  docPath: brandingPath,
  collectionPath: settingsCollection(AGENCY_ID),
  // The grid deletes it first: an agency whose branding was never written.
  createPath: brandingPath,
  createData: defaultBranding("Agency A"),
  updateData: { primaryColor: "#b91c1c" },
  expect: {
    // The portal is branded: the agency's active portal users, of any of its
    // clients, get this document (and no other setting).
    get: [...STAFF_AND_PORTAL, "otherPortal"],
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/settings/general",
  subject: { one: "the general settings", new: "the general settings", many: "settings" },
  docPath: generalPath,
  collectionPath: settingsCollection(AGENCY_ID),
  createPath: generalPath,
  createData: DEFAULT_GENERAL_SETTINGS,
  // Hourly reminders to every client: within the schema, still the callable's to check.
  updateData: { reminderCooldownHours: 1 },
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/settings/intakeForm",
  subject: { one: "the intake form", new: "the intake form", many: "settings" },
  docPath: intakeFormPath,
  collectionPath: settingsCollection(AGENCY_ID),
  // The grid deletes it first: an agency that never saved a form.
  createPath: intakeFormPath,
  createData: { ...EMPTY_INTAKE_FORM, updatedAt: new Date(), updatedBy: uidOf("owner") },
  // Switching the form off for every new invite: valid, still updateIntakeForm's to do.
  updateData: { enabled: false },
  expect: {
    get: ACTIVE_STAFF,
    list: ACTIVE_STAFF,
    create: [],
    update: [],
    delete: [],
  },
});

describe("changing branding goes through updateBranding", () => {
  it("should not allow a viewer to change the branding", async () => {
    await assertFails(suite.db("viewer").doc(brandingPath).update({ primaryColor: "#b91c1c" }));
    expect(await suite.read(brandingPath)).toEqual(branding);
  });

  it("should not allow a member to change the branding", async () => {
    const rebrand = { displayName: "Member's Agency", logoUrl: "" };
    await assertFails(suite.db("member").doc(brandingPath).update(rebrand));
    expect(await suite.read(brandingPath)).toEqual(branding);
  });

  // The rules cannot run the shared schema (contrast, logo size): only the callable can.
  it("should not allow an owner to replace the branding directly, even with valid values", async () => {
    const replaced = { ...branding, primaryColor: "#065f46" } satisfies Branding;
    await assertFails(suite.db("owner").doc(brandingPath).set(replaced));
    expect(await suite.read(brandingPath)).toEqual(branding);
  });

  it("should not allow an admin to set a logo the schema would refuse", async () => {
    const script = "javascript:alert(document.cookie)";
    await assertFails(suite.db("admin").doc(brandingPath).update({ logoUrl: script }));
    expect(await suite.read(brandingPath)).toMatchObject({ logoUrl: branding.logoUrl });
  });

  it("should not allow an owner to add a settings document of another name", async () => {
    const billing = `${settingsCollection(AGENCY_ID)}/billing`;
    await assertFails(suite.db("owner").doc(billing).set({ plan: "enterprise" }));
    expect(await suite.read(billing)).toBeUndefined();
  });

  it("should not allow an owner to change the general settings directly", async () => {
    await assertFails(suite.db("owner").doc(generalPath).update({ portalLinkLifetimeDays: 30 }));
    expect(await suite.read(generalPath)).toEqual(general);
  });
});

describe("reading settings", () => {
  it("should show a viewer the branding clients see", async () => {
    const snapshot = await assertSucceeds(suite.db("viewer").doc(brandingPath).get());
    expect(snapshot.data()).toEqual(branding);
  });

  it("should allow staff of another agency to get their own branding but not this agency's", async () => {
    const db = suite.db("otherAgencyOwner");
    const own = await assertSucceeds(db.doc(otherBrandingPath).get());
    expect(own.data()).toMatchObject({ displayName: "Agency B" });
    await assertFails(db.doc(brandingPath).get());
  });

  it("should not allow staff of another agency to list this agency's settings", async () => {
    await assertFails(suite.db("otherAgencyOwner").collection(settingsCollection(AGENCY_ID)).get());
  });

  it("should not allow an owner to list settings across agencies (collection group)", async () => {
    await assertFails(suite.db("owner").collectionGroup("settings").get());
  });
});

describe("changing the intake form goes through updateIntakeForm", () => {
  it("should not allow a viewer to change the intake form", async () => {
    await assertFails(suite.db("viewer").doc(intakeFormPath).update({ enabled: false }));
    expect(await suite.read(intakeFormPath)).toMatchObject(savedForm);
  });

  it("should not allow a member to change the intake form's questions", async () => {
    const [first] = intakeForm.questions;
    await assertFails(
      suite
        .db("member")
        .doc(intakeFormPath)
        .update({ questions: [{ ...first, required: false }] }),
    );
    expect(await suite.read(intakeFormPath)).toMatchObject(savedForm);
  });

  it("should not allow a member to delete the intake form", async () => {
    await assertFails(suite.db("member").doc(intakeFormPath).delete());
    expect(await suite.read(intakeFormPath)).toMatchObject(savedForm);
  });

  // The rules cannot run the shared schema (unique ids, two options per choice).
  it("should not allow an owner to replace the intake form directly, even with a valid form", async () => {
    const replaced = { ...intakeForm, questions: intakeForm.questions.slice(0, 1) };
    await assertFails(suite.db("owner").doc(intakeFormPath).set(replaced));
    expect(await suite.read(intakeFormPath)).toMatchObject(savedForm);
  });

  it("should not allow an admin to add a choice question without options", async () => {
    const broken = {
      id: "budget",
      type: "single_choice",
      label: "Budget?",
      helpText: "",
      required: true,
      options: [],
    };
    await assertFails(
      suite
        .db("admin")
        .doc(intakeFormPath)
        .update({ questions: [...intakeForm.questions, broken] }),
    );
    expect(await suite.read(intakeFormPath)).toMatchObject(savedForm);
  });
});

describe("reading the intake form", () => {
  it("should show a viewer the intake form's questions in order", async () => {
    const form = await assertSucceeds(suite.db("viewer").doc(intakeFormPath).get());
    expect(form.get("enabled")).toBe(true);
    const questions = form.get("questions") as IntakeForm["questions"];
    expect(questions.map((question) => question.id)).toEqual([
      "goals",
      "channels",
      "has-analytics",
    ]);
    expect(questions).toEqual(intakeForm.questions);
  });

  it("should not allow staff of another agency to get this agency's intake form", async () => {
    await assertFails(suite.db("otherAgencyOwner").doc(intakeFormPath).get());
  });
});
