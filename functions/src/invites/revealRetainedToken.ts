import { revealRetainedTokenCallable as contract } from "@portico/domain/callables/invites";
import { FieldValue } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { recordActivity } from "../activity";
import { db } from "../admin";
import { TOKEN_VAULT_KEY } from "../config";
import { openTokens } from "../connectors/tokenVault";
import { refs } from "../documents";
import { serve } from "../serve";

const secrets = [TOKEN_VAULT_KEY];

/**
 * Token access: an owner or admin reveals a retained token. Each reveal is
 * recorded on the token (who, when) and on the activity feed before the
 * secret is returned.
 */
export const revealRetainedToken = serve(contract, { secrets }, async (input, staff) => {
  const ref = refs.retainedToken(staff.agencyId, input.inviteId, input.serviceId);
  const [snapshot, invite] = await Promise.all([
    ref.get(),
    refs.invite(staff.agencyId, input.inviteId).get(),
  ]);
  const retained = snapshot.data();
  if (!retained) throw new HttpsError("not-found", "No token was retained for this service.");
  const tokens = openTokens(retained.sealed, ref.id);
  const batch = db.batch();
  batch.create(ref.collection("reveals").doc(), {
    uid: staff.uid,
    name: staff.displayName,
    at: FieldValue.serverTimestamp(),
  });
  recordActivity(batch, staff.agencyId, {
    type: "token_revealed",
    inviteId: input.inviteId,
    clientId: retained.clientId,
    clientName: invite.data()?.client.name ?? "",
    serviceId: input.serviceId,
    actor: staff.displayName,
  });
  await batch.commit();
  return {
    platform: retained.platform,
    accountId: retained.accountId,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    scopes: tokens.scopes,
    expiresAt: tokens.expiresAt?.toISOString() ?? null,
  };
});
