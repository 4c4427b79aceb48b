/**
 * Who the Firestore cache (lib/firestore.ts, in IndexedDB) belongs to: the
 * user whose session filled it. The session deletes it when that user signs
 * out, and before a different user's session would use it (a sign-out that
 * never finished: a closed tab, a crash). Kept apart from lib/firestore.ts so
 * the session can check it without loading the Firestore SDK.
 */
const OWNER_KEY = "portico.firestoreCacheOwner";

export function cacheOwner(): string | null {
  try {
    return localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

export function setCacheOwner(uid: string): void {
  try {
    localStorage.setItem(OWNER_KEY, uid);
  } catch {
    // Storage refused (private mode): the cache is then deleted at every sign-out only.
  }
}

let deleting: Promise<void> | null = null;

/**
 * Deletes the cache (loading the SDK if this page had not), then its owner:
 * an owner left behind means a deletion that did not finish. Callers at the
 * same moment share one deletion.
 */
export function forgetCache(): Promise<void> {
  deleting ??= (async () => {
    try {
      const { deleteCache } = await import("./firestore");
      await deleteCache();
      localStorage.removeItem(OWNER_KEY);
    } catch {
      // Storage refused, or the SDK failed to load: the owner check tries again later.
    } finally {
      deleting = null;
    }
  })();
  return deleting;
}
