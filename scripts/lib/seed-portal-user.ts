/**
 * The demo voice client's portal user, set up as accepting a portal
 * invitation sets one up (functions/src/portal/acceptPortalInvitation.ts):
 * the Auth user with the portal claims, an active member document, the
 * client's portal marked active, and the session document the app listens to.
 */
import { paths } from "@portico/domain/paths";
import { DEMO_PORTAL_USER } from "./demo";

export async function ensureDemoPortalUser(
  agencyId: string,
  clientId: string,
  invitedBy: { uid: string; name: string },
  login: { email: string; password: string; displayName: string } = DEMO_PORTAL_USER,
): Promise<void> {
  const { auth, db } = await import("../../functions/src/admin");
  const { portalClaims } = await import("../../functions/src/portal/portalAccounts");
  // Saved emulator data keeps its login as it was.
  const existing = await auth.getUserByEmail(login.email).catch(() => null);
  if (existing) return;
  const user = await auth.createUser({
    email: login.email,
    password: login.password,
    displayName: login.displayName,
    emailVerified: true,
  });
  await auth.setCustomUserClaims(user.uid, portalClaims(agencyId, clientId));
  const now = new Date();
  const batch = db.batch();
  batch.set(db.doc(paths.portalMember(agencyId, clientId, user.uid)), {
    uid: user.uid,
    email: login.email,
    displayName: login.displayName,
    status: "active",
    invitedBy: { kind: "agency", ...invitedBy },
    joinedAt: now,
    updatedAt: now,
  });
  const portal = {
    status: "active",
    expiresAt: null,
    invitedEmail: login.email,
    invitedAt: now,
    activatedAt: now,
    revokedAt: null,
    cancelledEmail: null,
  };
  batch.update(db.doc(paths.client(agencyId, clientId)), { portal });
  // The clients list's row too, as syncClientRow keeps it (benchmarks run without functions).
  batch.set(db.doc(paths.clientRow(agencyId, clientId)), { portal }, { merge: true });
  batch.set(
    db.doc(paths.userSession(user.uid)),
    { agencyId, clientId, claimsUpdatedAt: now },
    { merge: true },
  );
  await batch.commit();
}
