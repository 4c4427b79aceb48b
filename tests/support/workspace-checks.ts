/**
 * Checks shared by the signUp and createWorkspace integration tests: what a
 * freshly created agency workspace must look like, read back with the Admin SDK.
 */
import { paths } from "@portico/domain/paths";
import { Timestamp } from "firebase-admin/firestore";
import { expect } from "vitest";
import { admin } from "./emulator-clients";

export interface ExpectedWorkspace {
  agencyId: string;
  agencyName: string;
  uid: string;
  email: string;
  displayName: string;
}

/** True when `later` is strictly after `earlier`, to the nanosecond. */
export function isStrictlyAfter(later: Timestamp, earlier: Timestamp): boolean {
  return (
    later.seconds > earlier.seconds ||
    (later.seconds === earlier.seconds && later.nanoseconds > earlier.nanoseconds)
  );
}

/**
 * The agency, the owner's active membership, the session and the custom claims,
 * exactly as the functions must leave them.
 */
export async function expectWorkspace(expected: ExpectedWorkspace): Promise<void> {
  const { auth, db } = admin();
  const [agency, member, session, user] = await Promise.all([
    db.doc(paths.agency(expected.agencyId)).get(),
    db.doc(paths.member(expected.agencyId, expected.uid)).get(),
    db.doc(paths.userSession(expected.uid)).get(),
    auth.getUser(expected.uid),
  ]);

  expect(agency.data()).toEqual({
    name: expected.agencyName,
    createdBy: expected.uid,
    createdAt: expect.any(Timestamp),
  });
  expect(member.data()).toEqual({
    uid: expected.uid,
    email: expected.email,
    displayName: expected.displayName,
    role: "owner",
    status: "active",
    joinedAt: expect.any(Timestamp),
  });
  expect(session.data()).toEqual({
    agencyId: expected.agencyId,
    claimsUpdatedAt: expect.any(Timestamp),
  });
  expect(user.customClaims).toEqual({ agencyId: expected.agencyId, role: "owner" });

  // The web app refreshes its ID token when claimsUpdatedAt changes. The
  // transaction stamps it with the agency's createdAt; it must be bumped again
  // once the claims exist, or an open app would refresh into a token without them.
  const createdAt = agency.get("createdAt") as Timestamp;
  const claimsUpdatedAt = session.get("claimsUpdatedAt") as Timestamp;
  expect(isStrictlyAfter(claimsUpdatedAt, createdAt)).toBe(true);
}
