import { paths } from "@portico/domain/paths";
import type { AgencyRole } from "@portico/domain/roles";
import { FieldValue } from "firebase-admin/firestore";
import { auth, db } from "../admin";

interface NewMember {
  uid: string;
  email: string;
  displayName: string;
}

/**
 * Makes an existing account an active member of an agency: member document and
 * session document together, then the claims, then a session bump so an open
 * app refreshes its token.
 */
export async function addAgencyMember(agencyId: string, member: NewMember, role: AgencyRole) {
  const batch = db.batch();
  batch.set(db.doc(paths.member(agencyId, member.uid)), {
    uid: member.uid,
    email: member.email,
    displayName: member.displayName,
    role,
    status: "active",
    joinedAt: FieldValue.serverTimestamp(),
  });
  batch.set(db.doc(paths.userSession(member.uid)), {
    agencyId,
    claimsUpdatedAt: FieldValue.serverTimestamp(),
  });
  await batch.commit();
  await auth.setCustomUserClaims(member.uid, { agencyId, role });
  await db
    .doc(paths.userSession(member.uid))
    .update({ claimsUpdatedAt: FieldValue.serverTimestamp() });
}
