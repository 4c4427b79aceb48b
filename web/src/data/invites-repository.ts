import { activityDocSchema } from "@portico/domain/activity";
import {
  addCcCallable,
  getInviteLinkCallable,
  markServiceVerifiedCallable,
  revealRetainedTokenCallable,
  rotateInviteLinkCallable,
  sendReminderCallable,
} from "@portico/domain/callables/invites";
import { clientDocSchema } from "@portico/domain/clients";
import {
  type AddCcInput,
  type InviteDoc,
  type InviteStats,
  type InviteStatus,
  inviteDocSchema,
  inviteStatsSchema,
  type MarkServiceVerifiedInput,
  type RevealTokenInput,
} from "@portico/domain/invites";
import { paths } from "@portico/domain/paths";
import {
  collection,
  doc,
  limit,
  orderBy,
  type Query,
  type QueryConstraint,
  query,
  where,
} from "firebase/firestore";
import { call } from "../lib/callable";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveDocument, useLiveQuery } from "../lib/live";

const inviteConverter = schemaConverter(inviteDocSchema);

export type InviteRow = InviteDoc & { id: string };

export interface InviteBoardFilter {
  status: InviteStatus | "all";
  /** A platform id from the catalogue, or "all". */
  platform: string;
  /** A client id, or "" for every client. */
  clientId: string;
}

/** The board shows its invites 50 at a time (a cursor page each). */
export const BOARD_PAGE_SIZE = 50;

/** The board as it opens: every status, platform and client. */
export const DEFAULT_BOARD_FILTER: InviteBoardFilter = {
  status: "all",
  platform: "all",
  clientId: "",
};

/** The board's query, newest first; each filter is one equality or array-contains. */
export function inviteBoardQuery(agencyId: string, filter: InviteBoardFilter): Query<InviteRow> {
  const constraints: QueryConstraint[] = [];
  if (filter.status !== "all") constraints.push(where("status", "==", filter.status));
  if (filter.platform !== "all") {
    constraints.push(where("platforms", "array-contains", filter.platform));
  }
  if (filter.clientId) constraints.push(where("clientId", "==", filter.clientId));
  constraints.push(orderBy("createdAt", "desc"));
  return query(
    collection(db, paths.invites(agencyId)).withConverter(inviteConverter),
    ...constraints,
  );
}

const statsConverter = schemaConverter(inviteStatsSchema);

/** Live invite counts per status, from the counter document functions keep. */
export function useInviteStats(agencyId: string): InviteStats | null {
  const state = useLiveDocument(doc(db, paths.inviteStats(agencyId)).withConverter(statsConverter));
  if (state.status !== "ready") return null;
  return state.data ?? { total: 0, pending: 0, in_progress: 0, complete: 0 };
}

const inviteClientConverter = schemaConverter(clientDocSchema);

/** The client an invite is being made for, live; nothing is read until one is chosen. */
export function useInviteClient(agencyId: string, clientId: string | null) {
  const path = clientId ? paths.client(agencyId, clientId) : "";
  return useLiveDocument(clientId ? doc(db, path).withConverter(inviteClientConverter) : null);
}

/** One client's invites, newest first (the client profile's invite history). */
export function clientInvitesQuery(agencyId: string, clientId: string): Query<InviteRow> {
  return query(
    collection(db, paths.invites(agencyId)).withConverter(inviteConverter),
    where("clientId", "==", clientId),
    orderBy("createdAt", "desc"),
  );
}

/**
 * The open invites whose services use a receiving account (Settings asks
 * before removing it); nothing is read until an account is named.
 */
export function useOpenInvitesUsingAccount(agencyId: string, accountId: string | null) {
  return useLiveQuery(
    accountId
      ? query(
          collection(db, paths.invites(agencyId)).withConverter(inviteConverter),
          where("connectedAccountIds", "array-contains", accountId),
          where("status", "in", ["pending", "in_progress"]),
        )
      : null,
  );
}

const activityConverter = schemaConverter(activityDocSchema);
const ACTIVITY_FEED_LENGTH = 20;

/** The newest entries of the agency's activity feed. */
export function useActivityFeed(agencyId: string) {
  return useLiveQuery(
    query(
      collection(db, paths.activity(agencyId)).withConverter(activityConverter),
      orderBy("at", "desc"),
      limit(ACTIVITY_FEED_LENGTH),
    ),
  );
}

export function sendReminder(inviteId: string) {
  return call(sendReminderCallable, {
    inviteId,
  });
}

export function getInviteLink(inviteId: string) {
  return call(getInviteLinkCallable, {
    inviteId,
  });
}

export function addCc(input: AddCcInput) {
  return call(addCcCallable, input);
}

/** Confirms a grant the client made by following the steps (editors). */
export function markServiceVerified(input: MarkServiceVerifiedInput) {
  return call(markServiceVerifiedCallable, input);
}

export function revealRetainedToken(input: RevealTokenInput) {
  return call(revealRetainedTokenCallable, input);
}

/** New link: the invite's current link stops working at once; answers the new one. */
export function rotateInviteLink(inviteId: string) {
  return call(rotateInviteLinkCallable, { inviteId });
}
