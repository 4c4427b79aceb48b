import { CONNECT_CALLBACK_PATH, CONNECT_STORAGE_PREFIX } from "@portico/domain/access-page-model";
import type { Locale } from "@portico/domain/i18n/locales";

/**
 * Where the page is (`/i/<token>?lang=xx` or the platform's callback) and the
 * sign-in it started, kept in sessionStorage under the OAuth state.
 */
export type InviteLocation =
  | { kind: "invite"; token: string; locale: Locale | undefined }
  | { kind: "callback"; state: string; code: string | null; error: string | null }
  | { kind: "unknown" };

/** A sign-in the page started: enough to come back to the same invite and service. */
export interface PendingConnection {
  token: string;
  serviceId: string;
  locale: Locale | undefined;
}

/**
 * `?lang=` as the client picked it. Only its shape is checked here (the page
 * ships no list of languages); the server refuses one it does not speak.
 */
function langParam(search: URLSearchParams): Locale | undefined {
  const lang = search.get("lang");
  return lang && /^[a-z]{2}$/.test(lang) ? (lang as Locale) : undefined;
}

export function readInviteLocation(
  location: Pick<Location, "pathname" | "search">,
): InviteLocation {
  const search = new URLSearchParams(location.search);
  if (location.pathname === CONNECT_CALLBACK_PATH) {
    return {
      kind: "callback",
      state: search.get("state") ?? "",
      code: search.get("code"),
      error: search.get("error"),
    };
  }
  // Anything else under /i/ is a link the server judges (a cut-short one included).
  const match = /^\/i\/([^/]*)/.exec(location.pathname);
  if (!match) return { kind: "unknown" };
  return { kind: "invite", token: safeDecode(match[1] ?? ""), locale: langParam(search) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The invite's own address, keeping the language the client picked. */
export function invitePath(token: string, locale: Locale | undefined): string {
  return `/i/${encodeURIComponent(token)}${locale ? `?lang=${locale}` : ""}`;
}

export function rememberConnection(state: string, pending: PendingConnection): void {
  sessionStorage.setItem(CONNECT_STORAGE_PREFIX + state, JSON.stringify(pending));
}

/** The sign-in started under `state`, removed so a callback works once; null when unknown. */
export function takeConnection(state: string): PendingConnection | null {
  if (!state) return null;
  const key = CONNECT_STORAGE_PREFIX + state;
  let raw: string | null = null;
  try {
    raw = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<PendingConnection>;
    if (typeof value.token !== "string" || typeof value.serviceId !== "string") return null;
    return { token: value.token, serviceId: value.serviceId, locale: value.locale ?? undefined };
  } catch {
    return null;
  }
}
