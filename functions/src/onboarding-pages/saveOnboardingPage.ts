import {
  createOnboardingPageCallable,
  updateOnboardingPageCallable,
} from "@portico/domain/callables/onboarding-pages";
import { intakeFormOffered, intakeFormSchema } from "@portico/domain/intake";
import {
  type OnboardingPageFields,
  onboardingPageServiceProblems,
  SLUG_TAKEN_MESSAGE,
} from "@portico/domain/onboarding-pages/page";
import { paths } from "@portico/domain/paths";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { invalidField } from "../callable";
import { refs } from "../documents";
import { serve } from "../serve";
import type { Staff } from "../staff";
import { onboardingRefs } from "./onboardingDocuments";

/**
 * The checks Create Invite makes (levels for the page's client type, a
 * connected account of the right kind, the intake form offered), beside the
 * fields of the agency's form.
 */
async function assertPageValid(agencyId: string, fields: OnboardingPageFields): Promise<void> {
  const [accountsSnap, intakeSnap] = await Promise.all([
    refs.connectedAccounts(agencyId).get(),
    db.doc(paths.settings(agencyId, "intakeForm")).get(),
  ]);
  const accounts = accountsSnap.docs.map((doc) => ({ id: doc.id, ...doc.data() }));
  const problems = onboardingPageServiceProblems(fields.services, fields.clientType, accounts);
  const intake = intakeSnap.exists ? intakeFormSchema.parse(intakeSnap.data()) : null;
  if (fields.intakeForm && !intakeFormOffered(intake)) {
    problems.intakeForm =
      "Your intake form is turned off or has no questions (Settings → Intake form).";
  }
  if (Object.keys(problems).length > 0) {
    throw new HttpsError("invalid-argument", "Some choices need attention.", { fields: problems });
  }
}

function pageRecord(fields: OnboardingPageFields) {
  return {
    name: fields.name,
    slug: fields.slug,
    services: fields.services.map((service) => ({
      serviceId: service.serviceId,
      accessLevel: service.accessLevel,
      connectedAccountId: service.connectedAccountId,
      optional: service.optional,
    })),
    intakeForm: fields.intakeForm,
    clientType: fields.clientType,
    defaultLanguage: fields.defaultLanguage,
    thankYouMessage: fields.thankYouMessage,
    redirectUrl: fields.redirectUrl,
    termsUrl: fields.termsUrl,
    paused: fields.paused,
  };
}

/**
 * Claims `slug` for `pageId` in the transaction (reads first): a slug held by
 * another page is refused beside the field, so two pages never share one.
 */
async function claimSlug(
  tx: Transaction,
  agencyId: string,
  slug: string,
  pageId: string,
): Promise<() => void> {
  const ref = onboardingRefs.slug(agencyId, slug);
  const held = (await tx.get(ref)).data();
  if (held && held.pageId !== pageId) throw invalidField("slug", SLUG_TAKEN_MESSAGE);
  return () => {
    if (!held) tx.create(ref, { pageId });
  };
}

export const createOnboardingPage = serve(createOnboardingPageCallable, async (fields, staff) => {
  await assertPageValid(staff.agencyId, fields);
  const ref = onboardingRefs.pages(staff.agencyId).doc();
  await db.runTransaction(async (tx) => {
    const writeSlug = await claimSlug(tx, staff.agencyId, fields.slug, ref.id);
    writeSlug();
    tx.create(ref, {
      ...pageRecord(fields),
      createdBy: creator(staff),
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
  });
  return { pageId: ref.id };
});

export const updateOnboardingPage = serve(updateOnboardingPageCallable, async (input, staff) => {
  const { pageId, ...fields } = input;
  await assertPageValid(staff.agencyId, fields);
  const ref = onboardingRefs.page(staff.agencyId, pageId);
  await db.runTransaction(async (tx) => {
    const stored = (await tx.get(ref)).data();
    if (!stored) throw new HttpsError("not-found", "This access page was deleted.");
    const writeSlug = await claimSlug(tx, staff.agencyId, fields.slug, pageId);
    writeSlug();
    // The old address is free again once the page moves.
    if (stored.slug !== fields.slug) tx.delete(onboardingRefs.slug(staff.agencyId, stored.slug));
    tx.update(ref, { ...pageRecord(fields), updatedAt: FieldValue.serverTimestamp() });
  });
  return { pageId };
});

function creator(staff: Staff) {
  return { uid: staff.uid, name: staff.displayName };
}
