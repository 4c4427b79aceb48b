import { signUpCallable } from "@portico/domain/callables/account";
import { porticoActionUrl } from "../account/actionLinks";
import { existingUser } from "../account/users";
import { auth } from "../admin";
import { APP_URL } from "../config";
import { logs } from "../logs";
import { queueMail } from "../mail/queueMail";
import { limitAnonymousCall, SIGN_UP_LIMITS } from "../rateLimit";
import { serve } from "../serve";
import { createAgencyWorkspace } from "./createAgencyWorkspace";

/**
 * The one answer sign-up gives, whether or not the address already has an
 * account: callers never learn who uses Portico. The address's owner hears
 * the rest by email (confirm the new workspace, or "you already have one").
 */
const SIGN_UP_ANSWER = { checkInbox: true } as const;

/**
 * Creates the account and its agency workspace together, so bad input or a
 * failure leaves nothing behind (a half-made account without a workspace),
 * and mails the address a link to confirm it. An address that already has an
 * account gets a notice instead, and nothing is created.
 */
export const signUp = serve(signUpCallable, async (input, _, request) => {
  await limitAnonymousCall(request, SIGN_UP_LIMITS, input.email);

  if (await existingUser(input.email)) {
    await mailExistingAccount(input.email);
    return SIGN_UP_ANSWER;
  }
  let uid: string;
  try {
    const user = await auth.createUser({
      email: input.email,
      password: input.password,
      displayName: input.displayName,
    });
    uid = user.uid;
  } catch (error) {
    // Created by a concurrent sign-up since the look-up: the same answer.
    if ((error as { code?: string }).code === "auth/email-already-exists") {
      await mailExistingAccount(input.email);
      return SIGN_UP_ANSWER;
    }
    throw error;
  }

  try {
    await createAgencyWorkspace(
      { uid, email: input.email, displayName: input.displayName },
      input.agencyName,
    );
  } catch (error) {
    logs.signUpRolledBack(uid, error);
    await auth.deleteUser(uid);
    throw error;
  }
  await mailConfirmation(input);
  return SIGN_UP_ANSWER;
});

async function mailConfirmation(input: { email: string; displayName: string; agencyName: string }) {
  const { signUpConfirmEmail } = await import("@portico/emails/sign-up");
  const firebaseLink = await auth.generateEmailVerificationLink(input.email);
  const message = await signUpConfirmEmail({
    locale: "en",
    name: input.displayName,
    agencyName: input.agencyName,
    email: input.email,
    confirmUrl: porticoActionUrl(firebaseLink, "/verify-email"),
  });
  // Portico's own mail to the new owner, not the agency's outbound mail (no agency quota).
  queueMail({ to: input.email, message, agencyId: "", template: "sign-up-confirm" });
}

async function mailExistingAccount(email: string) {
  const { signUpExistingEmail } = await import("@portico/emails/sign-up");
  const message = await signUpExistingEmail({
    locale: "en",
    email,
    signInUrl: `${APP_URL.value()}/sign-in`,
  });
  queueMail({ to: email, message, agencyId: "", template: "sign-up-existing" });
}
