import { markServiceVerifiedCallable } from "@portico/domain/callables/invites";
import { Timestamp } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { refs } from "../documents";
import { serve } from "../serve";
import { readInviteProgress } from "./inviteProgress";

/**
 * The agency checked the platform and confirms a grant the client made by
 * following the steps ("granted (client confirmed)" -> verified).
 */
export const markServiceVerified = serve(markServiceVerifiedCallable, async (input, staff) => {
  const ref = refs.invite(staff.agencyId, input.inviteId);
  await db.runTransaction(async (tx) => {
    const invite = (await tx.get(ref)).data();
    if (!invite) throw new HttpsError("not-found", "This invite no longer exists.");
    const { services } = invite;
    const service = services.find((candidate) => candidate.serviceId === input.serviceId);
    if (!service) throw new HttpsError("not-found", "This service is not on the invite.");
    if (service.status !== "granted" || service.grantedVia !== "client_confirmed") {
      throw new HttpsError(
        "failed-precondition",
        "Only a grant the client confirmed can be marked verified.",
      );
    }
    if (service.verifiedAt) return; // already verified: nothing to do
    const writeProgress = await readInviteProgress(tx, staff.agencyId, input.inviteId, invite);
    writeProgress({
      services: services.map((candidate) =>
        candidate.serviceId === input.serviceId
          ? { ...candidate, verifiedAt: Timestamp.now(), verifiedBy: staff.displayName }
          : candidate,
      ),
    });
    recordActivity(tx, staff.agencyId, {
      type: "service_verified",
      inviteId: input.inviteId,
      clientId: invite.clientId,
      clientName: invite.client.name,
      serviceId: input.serviceId,
      actor: staff.displayName,
    });
  });
  return { inviteId: input.inviteId };
});
