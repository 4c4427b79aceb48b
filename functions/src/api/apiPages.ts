import { isDocId } from "@portico/domain/ids";
import { type Query, type QueryDocumentSnapshot, Timestamp } from "firebase-admin/firestore";
import { ApiError } from "./apiHttp";

/**
 * Cursor pages over a query ordered by one timestamp field and then the
 * document ID, both descending. The cursor is the last item's timestamp (to
 * the nanosecond: server timestamps are finer than milliseconds) and ID,
 * base64url JSON; opaque to callers, checked when it comes back.
 */
function encodeCursor(at: Timestamp, id: string): string {
  return Buffer.from(JSON.stringify([at.seconds, at.nanoseconds, id])).toString("base64url");
}

function decodeCursor(cursor: string): { at: Timestamp; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [seconds, nanos, id] = parsed as unknown[];
      if (
        Number.isSafeInteger(seconds) &&
        Number.isInteger(nanos) &&
        (nanos as number) >= 0 &&
        (nanos as number) < 1e9 &&
        isDocId(id)
      ) {
        return { at: new Timestamp(seconds as number, nanos as number), id };
      }
    }
  } catch {
    // Not base64url JSON: refused below like any other foreign cursor.
  }
  throw new ApiError("invalid_cursor");
}

export async function readPage<T>(
  query: Query<T>,
  orderedBy: (item: T) => Timestamp,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ docs: QueryDocumentSnapshot<T>[]; nextCursor: string | null }> {
  const after = page.cursor === undefined ? null : decodeCursor(page.cursor);
  const paged = after ? query.startAfter(after.at, after.id) : query;
  const snapshot = await paged.limit(page.limit + 1).get();
  const docs = snapshot.docs.slice(0, page.limit);
  const last = docs.at(-1);
  const nextCursor =
    snapshot.docs.length > page.limit && last
      ? encodeCursor(orderedBy(last.data()), last.id)
      : null;
  return { docs, nextCursor };
}
