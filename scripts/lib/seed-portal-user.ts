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
): Promise<void> {
  const { auth, db } = await import("../../functions/src/admin");
  const { portalClaims } = await import("../../functions/src/portal/portalAccounts");
  const existing = await auth.getUserByEmail(DEMO_PORTAL_USER.email).catch(() => null);
  if (existing) return;
  const user = await auth.createUser({
    email: DEMO_PORTAL_USER.email,
    password: DEMO_PORTAL_USER.password,
    displayName: DEMO_PORTAL_USER.displayName,
    emailVerified: true,
  });
  await auth.setCustomUserClaims(user.uid, portalClaims(agencyId, clientId));
  const now = new Date();
  const batch = db.batch();
  batch.set(db.doc(paths.portalMember(agencyId, clientId, user.uid)), {
    uid: user.uid,
    email: DEMO_PORTAL_USER.email,
    displayName: DEMO_PORTAL_USER.displayName,
    status: "active",
    invitedBy: { kind: "agency", ...invitedBy },
    joinedAt: now,
    updatedAt: now,
  });
  batch.update(db.doc(paths.client(agencyId, clientId)), {
    portal: {
      status: "active",
      expiresAt: null,
      invitedEmail: DEMO_PORTAL_USER.email,
      invitedAt: now,
      activatedAt: now,
      revokedAt: null,
      cancelledEmail: null,
    },
  });
  batch.set(
    db.doc(paths.userSession(user.uid)),
    { agencyId, clientId, claimsUpdatedAt: now },
    { merge: true },
  );
  await batch.commit();
}
