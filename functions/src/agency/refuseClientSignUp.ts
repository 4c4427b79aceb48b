import { beforeUserCreated, HttpsError } from "firebase-functions/v2/identity";

const CLIENT_SIGN_UP_REFUSED =
  "Accounts are created through Portico's sign-up and invitation pages only.";

/**
 * Refuses every account made through the public Auth API (the web SDK's
 * createUserWithEmailAndPassword, a federated first sign-in): such an account
 * would skip the password policy and email verification, and could squat an
 * address before the agency invites it. Portico's own callables create users
 * with the Admin SDK, which blocking functions never see. In production this
 * needs Identity Platform (see the README), or turn off the Auth setting
 * "User actions: enable create (sign-up)".
 */
export const refuseClientSignUp = beforeUserCreated(() => {
  throw new HttpsError("permission-denied", CLIENT_SIGN_UP_REFUSED);
});
