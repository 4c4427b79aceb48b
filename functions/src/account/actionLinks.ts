import { APP_URL } from "../config";

/**
 * Portico's own page for a Firebase Auth action (reset a password, verify an
 * address, change the sign-in address): the one-time code from the link the
 * Admin SDK generated, on Portico's URL, so the page is branded and localized.
 */
export function porticoActionUrl(
  firebaseLink: string,
  page: string,
  params: Record<string, string> = {},
): string {
  const oobCode = new URL(firebaseLink).searchParams.get("oobCode");
  if (!oobCode) throw new Error("Firebase Auth returned an action link without a code");
  const query = new URLSearchParams({ oobCode, ...params });
  return `${APP_URL.value()}${page}?${query}`;
}
