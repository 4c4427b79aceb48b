import { type AgencyClaims, readAgencyClaims } from "@portico/domain/claims";
import { paths } from "@portico/domain/paths";
import { signOut as firebaseSignOut, onIdTokenChanged, type User } from "firebase/auth";
import { doc, onSnapshot, type Timestamp } from "firebase/firestore";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { auth } from "../../../lib/firebase";
import { db } from "../../../lib/firestore";

export type Session =
  | { status: "loading" }
  | { status: "signedOut" }
  | { status: "signedIn"; user: User; agency: AgencyClaims | null };

const SessionContext = createContext<Session>({ status: "loading" });

/**
 * Tracks the signed-in user and their agency claims. It also listens to the
 * user's `userSessions/{uid}` document, which functions bump whenever the
 * claims change, and force-refreshes the ID token then: a new owner, a role
 * change or a removal reaches the open app without signing out and in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: "loading" });

  useEffect(() => {
    let previousAgency: string | null = null;
    return onIdTokenChanged(auth, async (user) => {
      if (!user) {
        previousAgency = null;
        setSession({ status: "signedOut" });
        return;
      }
      const token = await user.getIdTokenResult();
      const agency = readAgencyClaims(token.claims);
      if (previousAgency && !agency) {
        // Removed from the team while the app was open: sign out, and say why.
        previousAgency = null;
        await endSession(ACCESS_ENDED_MESSAGE);
        return;
      }
      previousAgency = agency?.agencyId ?? null;
      setSession({ status: "signedIn", user, agency });
    });
  }, []);

  const uid = session.status === "signedIn" ? session.user.uid : null;
  useEffect(() => {
    if (!uid) return;
    return onSnapshot(
      doc(db, paths.userSession(uid)),
      async (snapshot) => {
        const user = auth.currentUser;
        const updatedAt = snapshot.get("claimsUpdatedAt") as Timestamp | null | undefined;
        if (!user || user.uid !== uid || !updatedAt) return;
        const token = await user.getIdTokenResult();
        if (updatedAt.toMillis() > Date.parse(token.issuedAtTime)) {
          await user.getIdToken(true); // onIdTokenChanged delivers the new claims
        }
      },
      // A session document the user can no longer read is not fatal here;
      // the data listeners' own errors drive what the user sees.
      () => undefined,
    );
  }, [uid]);

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

/** The session of a page behind RequireAgency: signed in with agency claims. */
export function useAgencySession(): { user: User; agency: AgencyClaims } {
  const session = useSession();
  return useMemo(() => {
    if (session.status !== "signedIn" || !session.agency) {
      throw new Error("useAgencySession is only for pages behind RequireAgency");
    }
    return { user: session.user, agency: session.agency };
  }, [session]);
}

export function signOut(): Promise<void> {
  return firebaseSignOut(auth);
}

const FLASH_KEY = "portico.signInNotice";
export const ACCESS_ENDED_MESSAGE =
  "Your access to this workspace has ended. Ask an owner if you think this is a mistake.";

/** Signs out with a notice the sign-in page shows once (e.g. after being removed from a team). */
export async function endSession(notice: string): Promise<void> {
  sessionStorage.setItem(FLASH_KEY, notice);
  await firebaseSignOut(auth);
}

/** The notice left by endSession, read once. */
export function takeSignInNotice(): string | null {
  const notice = sessionStorage.getItem(FLASH_KEY);
  sessionStorage.removeItem(FLASH_KEY);
  return notice;
}
