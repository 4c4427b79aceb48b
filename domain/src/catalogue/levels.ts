import type { AccessLevel, GrantMethod } from "./types";

/** A level that can change something in the client's account. */
export function level(id: string, label: string, description: string): AccessLevel {
  return { id, label, readOnly: false, description };
}

/** A level that can only look: it changes nothing in the client's account. */
export function readOnly(id: string, label: string, description: string): AccessLevel {
  return { id, label, readOnly: true, description };
}

/** Receives the platform's emails only; cannot open the account. */
export function notificationsOnly(id: string, label: string, description: string): AccessLevel {
  return { id, label, readOnly: true, description, notificationsOnly: true };
}

export const OAUTH: GrantMethod = { method: "oauth" };
export const GUIDED: GrantMethod = { method: "guided" };

/**
 * The i18n key of a level's name (`accessLevels.<key>`): its English label in
 * camelCase, so "Manage campaigns" and "Manage Campaigns" share one entry.
 */
export function levelKey(label: string): string {
  const words = label.match(/[A-Za-z0-9]+/g) ?? [];
  return words
    .map((word, index) =>
      index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
    )
    .join("");
}
