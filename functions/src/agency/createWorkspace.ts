import { createWorkspaceInputSchema } from "@portico/domain/account";
import { HttpsError } from "firebase-functions/v2/https";
import { auth } from "../admin";
import { callable, parseInput } from "../callable";
import { createAgencyWorkspace } from "./createAgencyWorkspace";

/** A signed-in user who belongs to no agency (e.g. after being removed) starts their own. */
export const createWorkspace = callable(async (request) => {
  if (!request.auth) {
    throw new HttpsError("unauthenticated", "Sign in to create a workspace.");
  }
  const input = parseInput(createWorkspaceInputSchema, request.data);
  const user = await auth.getUser(request.auth.uid);
  if (!user.email) {
    throw new HttpsError("failed-precondition", "Add an email address to your account first.");
  }
  // The session document is the usual guard; claims catch accounts whose session is missing.
  if (user.customClaims?.agencyId) {
    throw new HttpsError("failed-precondition", "This account already belongs to a workspace.");
  }
  const agencyId = await createAgencyWorkspace(
    { uid: user.uid, email: user.email, displayName: user.displayName ?? user.email },
    input.agencyName,
  );
  return { agencyId };
});
