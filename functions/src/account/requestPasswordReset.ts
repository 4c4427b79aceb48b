import { defaultBranding } from "@portico/domain/branding";
import { requestPasswordResetCallable as contract } from "@portico/domain/callables/account";
import { readPortalClaims } from "@portico/domain/claims";
import { isLocale, type Locale } from "@portico/domain/i18n/locales";
import { paths } from "@portico/domain/paths";
import type { UserRecord } from "firebase-admin/auth";
import { auth } from "../admin";
import { refs } from "../documents";
import { logs } from "../logs";
import { queueMail } from "../mail/queueMail";
import { limitAnonymousCall, PASSWORD_RESET_LIMITS } from "../rateLimit";
import { serve } from "../serve";
import { readBranding } from "../settings/agencySettings";
import { porticoActionUrl } from "./actionLinks";
import { existingUser } from "./users";

/**
 * "Forgot your password?" for agency staff and portal users. The mail is
 * Portico's own (through the outbox, branded, in the reader's language) and
 * its link opens Portico's reset page with Firebase Auth's one-time code.
 * The caller always gets the same answer, so nobody learns which addresses
 * have an account; the address and the caller are rate limited.
 */
export const requestPasswordReset = serve(contract, async (input, _, request) => {
  const email = input.email.toLowerCase();
  await limitAnonymousCall(request, PASSWORD_RESET_LIMITS, email, input.locale ?? "en");

  const user = await existingUser(email);
  if (user && !user.disabled) await queueResetMail(user, email, input.locale ?? "en");
  return { sent: true };
});

async function queueResetMail(user: UserRecord, email: string, pageLocale: Locale) {
  const portal = readPortalClaims(user.customClaims ?? {});
  const { passwordResetEmail } = await import("@portico/emails/password-reset");
  const firebaseLink = await auth.generatePasswordResetLink(email);

  if (portal) {
    const [branding, client] = await Promise.all([
      readBranding(portal.agencyId),
      refs.client(portal.agencyId, portal.clientId).get(),
    ]);
    // Checked, not trusted: an unknown language falls back to the page's.
    const language: unknown = client.data()?.language;
    const locale = isLocale(language) ? language : pageLocale;
    const resetUrl = porticoActionUrl(firebaseLink, "/portal/reset-password", { lang: locale });
    const message = await passwordResetEmail({
      branding,
      locale,
      product: branding.displayName,
      email,
      resetUrl,
    });
    queueMail({
      to: email,
      message,
      agencyId: portal.agencyId,
      // Under the client: deleting the client purges it with the rest.
      relatedPath: paths.portalMember(portal.agencyId, portal.clientId, user.uid),
      template: "password-reset",
    });
  } else {
    const agencyId =
      typeof user.customClaims?.agencyId === "string" ? user.customClaims.agencyId : "";
    const resetUrl = porticoActionUrl(firebaseLink, "/reset-password");
    const message = await passwordResetEmail({
      branding: { ...defaultBranding("Portico"), showPoweredBy: false },
      locale: pageLocale,
      product: "Portico",
      email,
      resetUrl,
    });
    queueMail({ to: email, message, agencyId, template: "password-reset" });
  }
  logs.passwordResetQueued(user.uid);
}
