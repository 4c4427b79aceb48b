import { createHash } from "node:crypto";
import { submitOnboardingPageCallable } from "@portico/domain/callables/onboarding-pages";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { RequestedService } from "@portico/domain/invites";
import { onboardingPageServiceProblems } from "@portico/domain/onboarding-pages/page";
import {
  type VisitorDetails,
  visitorDetailsSchema,
} from "@portico/domain/onboarding-pages/public-page";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { parseInput } from "../callable";
import { INVITE_LINK_KEY } from "../config";
import { refs } from "../documents";
import { renderAccessRequestMail } from "../invites/accessRequestMail";
import { inviteToken } from "../invites/inviteLink";
import type { ReceivingAccount } from "../invites/inviteRecord";
import { logs } from "../logs";
import { agencyMailSender } from "../mail/mailQuota";
import { limitAnonymousCall } from "../rateLimit";
import { serve } from "../serve";
import { readGeneralSettings } from "../settings/agencySettings";
import { capDay, notifyCapReached } from "./dailyCap";
import { type LivePage, livePage, SUBMIT_LIMITS } from "./publicPage";
import { startVisitor } from "./startVisitor";

const secrets = [INVITE_LINK_KEY];

/** The one refusal a visitor sees for anything they cannot fix (a bot, a broken page). */
function refused(locale: Locale, agency: string): HttpsError {
  return new HttpsError(
    "failed-precondition",
    translator(locale)("onboarding.errors.refused", { agency }),
  );
}

function fieldError(field: string, message: string): HttpsError {
  return new HttpsError("invalid-argument", message, { fields: { [field]: message } });
}

/** A visitor's email as the duplicate check keys it (the schema already trims and lowercases). */
function emailKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
}

/**
 * Checks what needs the database before anything is written: the agency's
 * own staff cannot onboard themselves, and the page's services must still
 * have their receiving accounts.
 */
async function assertVisitorAllowed(
  agencyId: string,
  live: LivePage,
  details: VisitorDetails,
): Promise<ReceivingAccount[]> {
  const t = translator(live.locale);
  const [staff, accounts] = await Promise.all([
    refs.members(agencyId).where("email", "==", details.email).limit(1).get(),
    refs.connectedAccounts(agencyId).get(),
  ]);
  if (!staff.empty) {
    throw fieldError(
      "email",
      t("onboarding.errors.emailStaff", { agency: live.branding.displayName }),
    );
  }
  const problems = onboardingPageServiceProblems(
    live.page.services as RequestedService[],
    live.page.clientType,
    accounts.docs.map((doc) => ({ id: doc.id, kind: doc.data().kind })),
  );
  if (Object.keys(problems).length > 0) {
    logs.onboardingPageBroken(agencyId, live.pageId, problems);
    throw refused(live.locale, live.branding.displayName);
  }
  return accounts.docs.map((doc) => ({ id: doc.id, ...doc.data() }));
}

/**
 * The public page's "Continue": validates the visitor's details in their
 * language, counts the call against the per-caller and per-page limits,
 * refuses a bot (the honeypot) and the agency's own staff, then in one
 * transaction creates the client (or reuses the one with that email, saying
 * nothing about it), an invite from the page's template marked with the page,
 * the funnel's start and the mail with the link. Answers with the invite's
 * token, so the page goes straight on to the grant flow.
 */
export const submitOnboardingPage = serve(
  submitOnboardingPageCallable,
  { secrets },
  async (input, _caller, request) => {
    const { agencyId, slug } = input;
    await limitAnonymousCall(request, SUBMIT_LIMITS, `${agencyId}/${slug}`, input.locale ?? "en");
    const live = await livePage(agencyId, slug, input.locale, input.browserLanguages);
    const details = parseInput(visitorDetailsSchema(live.locale), input.details);
    const t = translator(live.locale);
    // A bot filled the field people never see: refuse, write nothing.
    if (details.fax !== "") throw refused(live.locale, live.branding.displayName);
    if (live.page.termsUrl && !details.acceptTerms) {
      throw fieldError("acceptTerms", t("onboarding.errors.termsRequired"));
    }
    const accounts = await assertVisitorAllowed(agencyId, live, details);

    const inviteRef = refs.invites(agencyId).doc();
    const [mail, sender, settings] = await Promise.all([
      renderAccessRequestMail({
        agencyId,
        invitePath: inviteRef.path,
        linkVersion: 0,
        to: details.email,
        cc: [],
        clientName: details.name,
        locale: live.locale,
        serviceIds: live.page.services.map((service) => service.serviceId),
        intakeForm: live.page.intakeForm,
        variant: "request",
      }),
      agencyMailSender(agencyId),
      readGeneralSettings(agencyId),
    ]);
    const day = capDay();
    const outcome = await db.runTransaction((tx) =>
      startVisitor(tx, {
        agencyId,
        live,
        details,
        ref: input.ref,
        inviteRef,
        emailHash: emailKey(details.email),
        day,
        timeZone: settings.defaultTimeZone,
        mail,
        sender,
        accounts,
      }),
    );
    if (outcome === "capped") {
      await notifyCapReached(agencyId, day, live.page.name);
      throw new HttpsError(
        "resource-exhausted",
        t("onboarding.errors.dailyCap", { agency: live.branding.displayName }),
      );
    }
    const token = inviteToken(inviteRef.path, 0);
    return { token, url: `/i/${token}?lang=${live.locale}` };
  },
);
