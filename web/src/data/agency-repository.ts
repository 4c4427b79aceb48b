import { agencyDocSchema, memberDocSchema } from "@portico/domain/agency";
import { paths } from "@portico/domain/paths";
import { collection, doc, orderBy, query, updateDoc } from "firebase/firestore";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveDocument, useLiveQuery } from "../lib/live";

const agencyConverter = schemaConverter(agencyDocSchema);
const memberConverter = schemaConverter(memberDocSchema);

function agencyRef(agencyId: string) {
  return doc(db, paths.agency(agencyId)).withConverter(agencyConverter);
}

/** The team, oldest member first. At most a few hundred documents per agency. */
function membersQuery(agencyId: string) {
  return query(
    collection(db, paths.members(agencyId)).withConverter(memberConverter),
    orderBy("joinedAt", "asc"),
  );
}

export function useAgency(agencyId: string) {
  return useLiveDocument(agencyRef(agencyId));
}

export function useMembers(agencyId: string) {
  return useLiveQuery(membersQuery(agencyId));
}

/** Rules allow owners and admins to change the name and nothing else. */
export function renameAgency(agencyId: string, name: string) {
  return updateDoc(doc(db, paths.agency(agencyId)), { name });
}
