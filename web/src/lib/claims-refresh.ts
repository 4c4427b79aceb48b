import { paths } from "@portico/domain/paths";
import { doc, onSnapshot, type Timestamp } from "firebase/firestore";
import { auth } from "./firebase";
import { db } from "./firestore";

/**
 * Listens to the user's `userSessions/{uid}` document, which functions bump
 * whenever the claims change, and force-refreshes the ID token then. Kept in
 * its own module so Firestore is loaded only after sign-in.
 */
export function refreshTokenOnClaimChanges(
  uid: string,
  onRefreshFailed: (error: unknown) => Promise<void>,
): () => void {
  return onSnapshot(
    doc(db, paths.userSession(uid)),
    async (snapshot) => {
      const user = auth.currentUser;
      const updatedAt = snapshot.get("claimsUpdatedAt") as Timestamp | null | undefined;
      if (!user || user.uid !== uid || !updatedAt) return;
      try {
        const token = await user.getIdTokenResult();
        if (updatedAt.toMillis() > Date.parse(token.issuedAtTime)) {
          await user.getIdToken(true); // onIdTokenChanged delivers the new claims
        }
      } catch (error) {
        await onRefreshFailed(error);
      }
    },
    // A session document the user can no longer read is not fatal here;
    // the data listeners' own errors drive what the user sees.
    () => undefined,
  );
}
