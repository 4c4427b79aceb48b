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
