import {
  setDigestPreferenceCallable,
  unsubscribeDigestCallable,
} from "@portico/domain/callables/digest";
import { FieldValue } from "firebase-admin/firestore";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { refs } from "../documents";
import { LINK_LIMITS, limitAnonymousCall } from "../rateLimit";
import { serve } from "../serve";
import { readUnsubscribeToken } from "./unsubscribeTokens";

/** The portal profile's toggle: the caller's own weekly digest, on or off. */
export const setDigestPreference = serve(setDigestPreferenceCallable, async (input, user) => {
  await refs.portalMember(user.agencyId, user.clientId, user.uid).update({
    weeklyDigest: input.weeklyDigest,
    updatedAt: FieldValue.serverTimestamp(),
  });
  return { weeklyDigest: input.weeklyDigest };
});

/**
 * The digest's unsubscribe link, without signing in: an explicit action on
 * the page it opens (opening it changes nothing). Every link that does not
 * name a current portal user gets the same answer, so it reveals nothing.
 */
export const unsubscribeDigest = serve(
  unsubscribeDigestCallable,
  { secrets: [TOKEN_VAULT_KEY] },
  async ({ token }, _caller, request) => {
    await limitAnonymousCall(request, LINK_LIMITS, token);
    const recipient = readUnsubscribeToken(token);
    if (!recipient) return { done: false };
    const memberRef = refs.portalMember(recipient.agencyId, recipient.clientId, recipient.uid);
    const done = await db.runTransaction(async (tx) => {
      if (!(await tx.get(memberRef)).exists) return false;
      tx.update(memberRef, { weeklyDigest: false, updatedAt: FieldValue.serverTimestamp() });
      return true;
    });
    return { done };
  },
);
