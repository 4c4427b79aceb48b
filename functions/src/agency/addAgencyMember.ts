import type { AgencyRole } from "@portico/domain/roles";
import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs } from "../documents";
import { applyStaffClaims } from "./staffClaims";

export interface NewMember {
  uid: string;
  email: string;
  displayName: string;
}

/** Writes an active membership (and the session's agency) inside `tx`. */
export function writeMembership(
  tx: Transaction,
  agencyId: string,
  member: NewMember,
  role: AgencyRole,
) {
  tx.set(refs.member(agencyId, member.uid), {
    uid: member.uid,
    email: member.email,
    displayName: member.displayName,
    role,
    status: "active",
    joinedAt: FieldValue.serverTimestamp(),
  });
  tx.set(refs.userSession(member.uid), {
    agencyId,
    claimsUpdatedAt: FieldValue.serverTimestamp(),
  });
}

/** Makes an existing account an active member of an agency, claims included. */
export async function addAgencyMember(agencyId: string, member: NewMember, role: AgencyRole) {
  await db.runTransaction(async (tx) => writeMembership(tx, agencyId, member, role));
  await applyStaffClaims(member.uid, { agencyId, role });
}
