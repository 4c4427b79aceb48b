import { signUpInputSchema } from "@portico/domain/account";
import { auth } from "../admin";
import { callable, invalidField, parseInput } from "../callable";
import { logs } from "../logs";
import { limitAnonymousCall, SIGN_UP_LIMITS } from "../rateLimit";
import { createAgencyWorkspace } from "./createAgencyWorkspace";

/**
 * Creates the account and its agency workspace together, so bad input or a
 * failure leaves nothing behind (a half-made account without a workspace).
 */
export const signUp = callable(async (request) => {
  const input = parseInput(signUpInputSchema, request.data);
  await limitAnonymousCall(request, SIGN_UP_LIMITS, input.email);

  let uid: string;
  try {
    const user = await auth.createUser({
      email: input.email,
      password: input.password,
      displayName: input.displayName,
    });
    uid = user.uid;
  } catch (error) {
    if ((error as { code?: string }).code === "auth/email-already-exists") {
      throw invalidField("email", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }

  try {
    const agencyId = await createAgencyWorkspace(
      { uid, email: input.email, displayName: input.displayName },
      input.agencyName,
    );
    return { agencyId };
  } catch (error) {
    logs.signUpRolledBack(uid, error);
    await auth.deleteUser(uid);
    throw error;
  }
});
