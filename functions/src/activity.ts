import {
  type DocumentReference,
  FieldValue,
  type Timestamp,
  type WithFieldValue,
} from "firebase-admin/firestore";
import { refs, type StoredActivity } from "./documents";

/** A transaction or a batch: every activity entry is written with the change it reports. */
interface Writer {
  create(ref: DocumentReference<StoredActivity>, data: WithFieldValue<StoredActivity>): unknown;
  set(ref: DocumentReference<StoredActivity>, data: WithFieldValue<StoredActivity>): unknown;
}

/**
 * Puts one entry on the agency's activity feed (`activityDocSchema`). `at`
 * defaults to the server's commit time. With `entryId` the entry is set
 * rather than created, so a re-delivered event rewrites the same entry.
 */
export function recordActivity(
  writer: Writer,
  agencyId: string,
  entry: Omit<StoredActivity, "at">,
  options: { at?: Timestamp; entryId?: string } = {},
) {
  const data = { ...entry, at: options.at ?? FieldValue.serverTimestamp() };
  if (options.entryId) writer.set(refs.activity(agencyId).doc(options.entryId), data);
  else writer.create(refs.activity(agencyId).doc(), data);
}
