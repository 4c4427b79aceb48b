import { removePortalTeammateCallable } from "@portico/domain/callables/portal";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../admin";
import { refs, type StoredPortalMember } from "../documents";
import { serve } from "../serve";
import { disablePortalUsers, touchPortalSession } from "./portalAccounts";
import { activePortalMembers, pendingPortalInvitations } from "./portalInvitations";
import { portalTeamRefusal } from "./portalRefusals";
import { settlePortalAfterRemoval } from "./removePortalUser";

const isContact = (member: StoredPortalMember) => member.invitedBy.kind === "agency";

/**
 * Portal Settings -> Team -> Remove, with the agency team page's rules: anyone
 * who may invite removes a teammate; the client's contacts (invited by the
 * agency) are like its owners: only a contact removes a contact, and one
 * active contact always stays. The removed user is refused at once (rules),
 * signed out and can't sign in; inviting them again restores access.
 */
export const removePortalTeammate = serve(removePortalTeammateCallable, async ({ uid }, caller) => {
  const { agencyId, clientId } = caller;
  const memberRef = refs.portalMember(agencyId, clientId, uid);
  const clientRef = refs.client(agencyId, clientId);

  await db.runTransaction(async (tx) => {
    const member = (await tx.get(memberRef)).data();
    const client = await tx.get(clientRef);
    const active = await activePortalMembers(tx, agencyId, clientId);
    const pending = await pendingPortalInvitations(tx, agencyId, clientId);
    const self = active.find((other) => other.id === caller.uid);
    if (!self)
      throw new HttpsError("permission-denied", "You no longer have access to this portal.");
    if (!member || member.status === "removed") throw portalTeamRefusal("notOnTeam");
    if (isContact(member)) {
      if (!isContact(self.data())) throw portalTeamRefusal("contactOnly");
      const otherContacts = active.filter((other) => other.id !== uid && isContact(other.data()));
      if (member.status === "active" && otherContacts.length === 0) {
        throw portalTeamRefusal("lastContact");
      }
    }
    tx.update(memberRef, { status: "removed", updatedAt: FieldValue.serverTimestamp() });
    touchPortalSession(tx, uid, agencyId, clientId);
    settlePortalAfterRemoval(tx, client, uid, active, pending);
  });
  await disablePortalUsers([uid]);
  return { uid };
});
