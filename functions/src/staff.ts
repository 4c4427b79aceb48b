import {
  type AgencyRole,
  canEditAgencyData,
  canManageAgency,
  isAgencyRole,
} from "@portico/domain/roles";
import { type CallableRequest, HttpsError } from "firebase-functions/v2/https";
import { refs } from "./documents";

export interface Staff {
  uid: string;
  agencyId: string;
  role: AgencyRole;
  displayName: string;
  email: string;
}

/**
 * Who makes a change on behalf of an agency: a staff member, or an API key
 * (uid `apiKey:<keyId>`, named after the key) through the REST API.
 */
export type Actor = Pick<Staff, "uid" | "agencyId" | "displayName">;

/**
 * The caller as agency staff, from the member document (not only the token),
 * so a removed or demoted member is refused at once.
 */
export async function requireStaff(request: CallableRequest): Promise<Staff> {
  const uid = request.auth?.uid;
  const agencyId = request.auth?.token.agencyId;
  if (!uid) throw new HttpsError("unauthenticated", "Sign in to continue.");
  if (typeof agencyId !== "string") {
    throw new HttpsError("permission-denied", "You are not part of an agency workspace.");
  }
  const member = (await refs.member(agencyId, uid).get()).data();
  const role = member?.role;
  if (member?.status !== "active" || !isAgencyRole(role)) {
    throw new HttpsError("permission-denied", "You no longer have access to this workspace.");
  }
  return {
    uid,
    agencyId,
    role,
    displayName: member.displayName || member.email,
    email: member.email,
  };
}

/** Owners and admins: team, branding and settings. */
export async function requireManager(request: CallableRequest): Promise<Staff> {
  const staff = await requireStaff(request);
  if (!canManageAgency(staff.role)) {
    throw new HttpsError("permission-denied", "Only owners and admins can do this.");
  }
  return staff;
}

/** Owners, admins and members: everyday work on clients and invites (viewers only watch). */
export async function requireEditor(request: CallableRequest): Promise<Staff> {
  const staff = await requireStaff(request);
  if (!canEditAgencyData(staff.role)) {
    throw new HttpsError("permission-denied", "Viewers can look but not change anything.");
  }
  return staff;
}
