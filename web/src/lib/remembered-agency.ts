/**
 * The agency of the last staff session in this browser, so the app can ask
 * Firestore for the board while the session is still being restored (see
 * data/first-page-prefetch.ts). Not a secret: the rules decide what it may read.
 */
const KEY = "portico.agency";

export function rememberAgency(agencyId: string | null): void {
  try {
    if (agencyId) localStorage.setItem(KEY, agencyId);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the board simply opens without the head start.
  }
}

export function rememberedAgencyId(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
