import { createWorkspaceCallable } from "@portico/domain/callables/account";
import { HttpsError } from "firebase-functions/v2/https";
import { auth } from "../admin";
import { serve } from "../serve";
import { createAgencyWorkspace } from "./createAgencyWorkspace";

/** A signed-in user who belongs to no agency (e.g. after being removed) starts their own. */
export const createWorkspace = serve(
  createWorkspaceCallable,
  { signInMessage: "Sign in to create a workspace." },
  async (input, { uid }) => {
    const user = await auth.getUser(uid);
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
  },
);
