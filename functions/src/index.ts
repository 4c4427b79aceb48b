import { FUNCTIONS_REGION } from "@portico/domain/config";
import { setGlobalOptions } from "firebase-functions/v2";

setGlobalOptions({ region: FUNCTIONS_REGION, maxInstances: 10 });

export { createWorkspace } from "./agency/createWorkspace";
export { signUp } from "./agency/signUp";
export { createClient } from "./clients/createClient";
export { deleteClient } from "./clients/deleteClient";
export { purgeClient } from "./clients/purgeClient";
export { refreshFavicon } from "./clients/refreshFavicon";
export { updateClient } from "./clients/updateClient";
export { removeConnectedAccount } from "./connectedAccounts/removeConnectedAccount";
export { saveConnectedAccount } from "./connectedAccounts/saveConnectedAccount";
export { onMailQueued } from "./mail/onMailQueued";
export { retryMailDelivery } from "./mail/retryMailDelivery";
export { updateBranding } from "./settings/updateBranding";
export { updateGeneralSettings } from "./settings/updateGeneralSettings";
export { updateIntakeForm } from "./settings/updateIntakeForm";
export { acceptTeamInvitation } from "./team/acceptTeamInvitation";
export { cancelTeamInvitation } from "./team/cancelTeamInvitation";
export { changeMemberRole } from "./team/changeMemberRole";
export { describeTeamInvitation } from "./team/describeTeamInvitation";
export { inviteTeammate } from "./team/inviteTeammate";
export { removeMember } from "./team/removeMember";
export { resendTeamInvitation } from "./team/resendTeamInvitation";
