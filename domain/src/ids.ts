import { z } from "zod";

/**
 * Document IDs that callers supply (client, invite, invitation, account IDs,
 * Auth UIDs). Firestore auto-IDs are 20 and Auth UIDs 28 characters of
 * [A-Za-z0-9]; anything else (a `/`, `.`, `..`, `__x__`) could turn an ID
 * into another path, so it is refused before any reference is built.
 */
export const DOC_ID_PATTERN = /^[A-Za-z0-9]{1,64}$/;

export function isDocId(value: unknown): value is string {
  return typeof value === "string" && DOC_ID_PATTERN.test(value);
}

/** A caller-supplied document ID, with the field's own messages. */
export function docIdSchema(message = "This ID is not valid.", missing = message) {
  return z.string({ error: missing }).min(1, missing).regex(DOC_ID_PATTERN, message);
}

/**
 * The last segment of a path built from caller input, checked: a reference
 * must land in the collection it was meant for. Throws on anything else.
 */
export function assertDocPath(path: string, collectionPath: string): string {
  const prefix = `${collectionPath}/`;
  if (!path.startsWith(prefix) || !isDocId(path.slice(prefix.length))) {
    throw new Error(`Refused a document path outside ${collectionPath}.`);
  }
  return path;
}
