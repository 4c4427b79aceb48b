import { confirmServiceCallable, skipServiceCallable } from "@portico/domain/callables/invite-page";
import { Timestamp } from "firebase-admin/firestore";
import { db } from "../admin";
import { readInviteProgress } from "../invites/inviteProgress";
import { serve } from "../serve";
import {
  assertAccountConnected,
  pageModel,
  pendingService,
  resolveInvite,
  withService,
} from "./openedInvite";

/**
 * "I've done this": the client followed the guided steps. The service counts
 * as granted (client confirmed) until the agency marks it verified. The
 * invite's status moves in the same write; the feed entry for the step comes
 * from syncInviteStatus.
 */
export const confirmService = serve(confirmServiceCallable, async (input) => {
  const opened = await db.runTransaction(async (tx) => {
    const opened = await resolveInvite(input.token, input.locale, tx);
    await assertAccountConnected(opened, pendingService(opened, input.serviceId), tx);
    const writeProgress = await readInviteProgress(
      tx,
      opened.agencyId,
      opened.ref.id,
      opened.invite,
    );
    writeProgress({
      services: withService(opened.services, input.serviceId, {
        status: "granted",
        grantedVia: "client_confirmed",
        // A required service skipped earlier and given now: the reason no longer holds.
        skipReason: null,
        statusChangedAt: Timestamp.now(),
      }),
    });
    return opened;
  });
  return pageModel(opened.agencyId, opened.ref, opened.locale);
});

/** Skip, with the client's optional reason for the agency. */
export const skipService = serve(skipServiceCallable, async (input) => {
  const opened = await db.runTransaction(async (tx) => {
    const opened = await resolveInvite(input.token, input.locale, tx);
    pendingService(opened, input.serviceId, true);
    const writeProgress = await readInviteProgress(
      tx,
      opened.agencyId,
      opened.ref.id,
      opened.invite,
    );
    writeProgress({
      services: withService(opened.services, input.serviceId, {
        status: "skipped",
        skipReason: input.reason || null,
        statusChangedAt: Timestamp.now(),
      }),
    });
    return opened;
  });
  return pageModel(opened.agencyId, opened.ref, opened.locale);
});
