import {
  type ClientDoc,
  type ClientListRow as ClientListRowDoc,
  type ClientStats,
  type ClientType,
  clientDocSchema,
  clientIdIn,
  clientListRowSchema,
  clientStatsSchema,
  searchQueryOf,
} from "@portico/domain/clients";
import { paths } from "@portico/domain/paths";
import {
  collection,
  doc,
  documentId,
  orderBy,
  type Query,
  type QueryConstraint,
  query,
  where,
} from "firebase/firestore";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveDocument } from "../lib/live";

const clientConverter = schemaConverter(clientDocSchema);
const listRowConverter = schemaConverter(clientListRowSchema);
export type ClientRow = ClientDoc & { id: string };
/** A row of the clients list (see clientListRowSchema). */
export type ClientListRow = ClientListRowDoc & { id: string };

export const CLIENT_SORTS = {
  "name-asc": { label: "Name A–Z", field: "nameLower", direction: "asc" },
  "name-desc": { label: "Name Z–A", field: "nameLower", direction: "desc" },
  newest: { label: "Newest first", field: "createdAt", direction: "desc" },
} as const;
export type ClientSort = keyof typeof CLIENT_SORTS;

export interface ClientListFilter {
  search: string;
  type: ClientType | "all";
  sort: ClientSort;
}
/** The list as /clients opens without a filter in its address. */
export const DEFAULT_CLIENT_FILTER: ClientListFilter = {
  search: "",
  type: "all",
  sort: "name-asc",
};
export const CLIENT_PAGE_SIZE = 50;

/**
 * The list's query. Browsing reads the clients' rows (`clientRows`, without
 * search tokens or notes); a pasted client ID reads that one row; a search
 * asks the clients for one token (`searchTokens` array-contains), always by
 * name, so Firestore reads only matching clients.
 */
export function clientListQuery(agencyId: string, filter: ClientListFilter): Query<ClientListRow> {
  const rows = collection(db, paths.clientRows(agencyId)).withConverter(listRowConverter);
  const pastedId = clientIdIn(filter.search);
  if (pastedId) return query(rows, where(documentId(), "==", pastedId));
  const constraints: QueryConstraint[] = [];
  const search = searchQueryOf(filter.search);
  if (search) constraints.push(where("searchTokens", "array-contains", search.token));
  if (filter.type !== "all") constraints.push(where("type", "==", filter.type));
  const sort = search ? CLIENT_SORTS["name-asc"] : CLIENT_SORTS[filter.sort];
  constraints.push(orderBy(sort.field, sort.direction));
  const source = search
    ? collection(db, paths.clients(agencyId)).withConverter(listRowConverter)
    : rows;
  return query(source, ...constraints);
}

/** Words after the first one of a search, matched on the loaded rows. */
export function matchesRestOfSearch(client: ClientListRow, search: string): boolean {
  const rest = searchQueryOf(search)?.rest ?? [];
  return rest.every((word) => client.searchTokens.includes(word));
}

/** One client, live; none (and no listener, no read) while `clientId` is null. */
export function useClient(agencyId: string, clientId: string | null) {
  return useLiveDocument(
    clientId === null
      ? null
      : doc(db, paths.client(agencyId, clientId)).withConverter(clientConverter),
  );
}

const statsConverter = schemaConverter(clientStatsSchema);

/** Live client totals from the counter document the client callables keep. */
export function useClientStats(agencyId: string): ClientStats | null {
  const state = useLiveDocument(doc(db, paths.clientStats(agencyId)).withConverter(statsConverter));
  if (state.status !== "ready") return null;
  return state.data ?? { total: 0, client: 0, prospect: 0 };
}
