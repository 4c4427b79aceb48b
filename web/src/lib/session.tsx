import {
  type AgencyClaims,
  type PortalClaims,
  readAgencyClaims,
  readPortalClaims,
} from "@portico/domain/claims";
import { FirebaseError } from "firebase/app";
import { signOut as firebaseSignOut, onIdTokenChanged, type User } from "firebase/auth";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { auth } from "./firebase";
import { cacheOwner, forgetCache, setCacheOwner } from "./firestore-cache";
import { rememberAgency } from "./remembered-agency";
import { markOpeningStep } from "./timing-marks";

export type Session =
  | { status: "loading" }
  | { status: "signedOut" }
  | {
      status: "signedIn";
      user: User;
      /** Agency staff: the agency app. */
      agency: AgencyClaims | null;
      /** A client's portal user: the portal only (never both kinds of claims). */
      portal: PortalClaims | null;
    };

const SessionContext = createContext<Session>({ status: "loading" });

/**
 * Tracks the signed-in user and their claims (agency staff or a client's
 * portal user). It also listens to the user's `userSessions/{uid}` document,
 * which functions bump whenever the claims change, and force-refreshes the ID
 * token then: a new owner, a role change or a removal reaches the open app
 * without signing out and in. A refresh refused because the account was
 * disabled (a revoked portal user) ends the session with a notice.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ status: "loading" });

  useEffect(() => {
    let previousAgency: string | null = null;
    let previousPortal: string | null = null;
    let previousUid: string | null = null;
    return onIdTokenChanged(auth, async (user) => {
      markOpeningStep("session");
      if (!user) {
        const signedOutHere = previousUid !== null;
        previousUid = null;
        previousAgency = null;
        previousPortal = null;
        rememberAgency(null);
        // The user's cached documents go with the session (a cache left by an
        // unfinished sign-out too).
        if (signedOutHere || cacheOwner() !== null) await forgetCache();
        setSession({ status: "signedOut" });
        return;
      }
      // A cache filled by someone else's session (its sign-out never finished) is not read.
      const owner = cacheOwner();
      if (owner !== null && owner !== user.uid) await forgetCache();
      setCacheOwner(user.uid);
      previousUid = user.uid;
      let claims: Record<string, unknown>;
      try {
        claims = (await user.getIdTokenResult()).claims;
      } catch (error) {
        await endSessionAfterRefreshFailure(error, previousPortal !== null);
        return;
      }
      const agency = readAgencyClaims(claims);
      const portal = agency ? null : readPortalClaims(claims);
      if (previousAgency && !agency) {
        // Removed from the team while the app was open: sign out, and say why.
        previousAgency = null;
        await endSession(ACCESS_ENDED_MESSAGE);
        return;
      }
      if (previousPortal && !portal) {
        previousPortal = null;
        await endSession(PORTAL_ACCESS_REMOVED_MESSAGE);
        return;
      }
      previousAgency = agency?.agencyId ?? null;
      previousPortal = portal?.clientId ?? null;
      rememberAgency(agency?.agencyId ?? null);
      setSession({ status: "signedIn", user, agency, portal });
    });
  }, []);

  const uid = session.status === "signedIn" ? session.user.uid : null;
  const isPortalUser = session.status === "signedIn" && session.portal !== null;
  useEffect(() => {
    if (!uid) return;
    // Firestore loads only once someone is signed in: the sign-in page stays light.
    let stop: (() => void) | undefined;
    let ended = false;
    void import("./claims-refresh").then(({ refreshTokenOnClaimChanges }) => {
      if (ended) return;
      stop = refreshTokenOnClaimChanges(uid, (error) =>
        endSessionAfterRefreshFailure(error, isPortalUser),
      );
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [uid, isPortalUser]);

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

/** The session of a page behind RequirePortal: a client's portal user. */
export function usePortalSession(): { user: User; portal: PortalClaims } {
  const session = useSession();
  return useMemo(() => {
    if (session.status !== "signedIn" || !session.portal) {
      throw new Error("usePortalSession is only for pages behind RequirePortal");
    }
    return { user: session.user, portal: session.portal };
  }, [session]);
}

/** Signs out; resolves once this user's cached documents are deleted too. */
export async function signOut(): Promise<void> {
  await firebaseSignOut(auth);
  await forgetCache();
}

const FLASH_KEY = "portico.signInNotice";
export const ACCESS_ENDED_MESSAGE =
  "Your access to this workspace has ended. Ask an owner if you think this is a mistake.";
/**
 * Left for the portal's sign-in page after the agency revoked access or removed
 * the user; the portal shows its own wording for it in the client's language.
 */
export const PORTAL_ACCESS_REMOVED_MESSAGE = "Your access to this portal was removed.";

const noticeListeners = new Set<() => void>();

/** Signs out with a notice the sign-in page shows once (e.g. after being removed from a team). */
export async function endSession(notice: string): Promise<void> {
  sessionStorage.setItem(FLASH_KEY, notice);
  for (const listener of noticeListeners) listener();
  await firebaseSignOut(auth);
}

/** Auth refuses to refresh a disabled or deleted account's token: that session is over. */
async function endSessionAfterRefreshFailure(error: unknown, portalUser: boolean): Promise<void> {
  const code = error instanceof FirebaseError ? error.code : "";
  if (code === "auth/user-disabled" || code === "auth/user-not-found") {
    await endSession(portalUser ? PORTAL_ACCESS_REMOVED_MESSAGE : ACCESS_ENDED_MESSAGE);
  }
}

/** The notice left by endSession, read once. */
export function takeSignInNotice(): string | null {
  const notice = sessionStorage.getItem(FLASH_KEY);
  sessionStorage.removeItem(FLASH_KEY);
  return notice;
}

/**
 * The notice left by endSession, for a sign-in page that may already be on
 * screen when the session ends (e.g. the account was disabled and Auth signed
 * it out first). Read once: it stays on this page, not on the next visit.
 */
export function useSignInNotice(): string | null {
  const [notice, setNotice] = useState(takeSignInNotice);
  useEffect(() => {
    const listener = () => {
      const next = takeSignInNotice();
      if (next) setNotice(next);
    };
    noticeListeners.add(listener);
    return () => {
      noticeListeners.delete(listener);
    };
  }, []);
  return notice;
}
