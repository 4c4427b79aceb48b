import { FUNCTIONS_REGION } from "@portico/domain/config";
import { setGlobalOptions } from "firebase-functions/v2";

setGlobalOptions({ region: FUNCTIONS_REGION, maxInstances: 10 });

export { requestPasswordReset } from "./account/requestPasswordReset";
export { createWorkspace } from "./agency/createWorkspace";
export { refuseClientSignUp } from "./agency/refuseClientSignUp";
export { signUp } from "./agency/signUp";
export { collectFaqSuggestion } from "./agent/collectFaqSuggestion";
export { listAgentVoices } from "./agent/listAgentVoices";
export { onAgentSyncRequested } from "./agent/onAgentSyncRequested";
export { recoverAgentSyncs } from "./agent/recoverAgentSyncs";
export { dismissFaqSuggestion, retryAgentSync } from "./agent/retryAgentSync";
export { retryAgentSyncTask } from "./agent/retryAgentSyncTask";
export { saveAgentSettings } from "./agent/saveAgentSettings";
export { saveFaqs } from "./agent/saveFaqs";
export { setAgentFieldAccess } from "./agent/setAgentFieldAccess";
export { syncAgentSummaryOnCallDay } from "./agents/syncAgentSummary";
// The REST API and its keys (issue 19, part A).
export { api } from "./api/api";
export { createApiKey, revokeApiKey } from "./api/apiKeys";
export { clientBillingUsage, portalBillingUsage } from "./billing/billingUsage";
export { closeBillingPeriodsHourly } from "./billing/closeBillingPeriods";
export { rollUpCallCosts } from "./billing/rollUpCallCost";
export { setBillingPlan } from "./billing/setBillingPlan";
export { setPortalSections } from "./billing/setPortalSections";
export { createClient } from "./clients/createClient";
export { deleteClient } from "./clients/deleteClient";
export { purgeClient } from "./clients/purgeClient";
export { refreshFavicon } from "./clients/refreshFavicon";
export { syncClientRow } from "./clients/syncClientRow";
export { updateClient } from "./clients/updateClient";
export { removeConnectedAccount } from "./connected-accounts/removeConnectedAccount";
export { saveConnectedAccount } from "./connected-accounts/saveConnectedAccount";
export { sandboxProvider } from "./connectors/sandboxProvider";
export { setDigestPreference, unsubscribeDigest } from "./digest/digestPreferences";
export { sendWeeklyDigestsDaily } from "./digest/sendWeeklyDigests";
export { completeConnection, grantService, startConnection } from "./invite-page/connection";
export { openInvite } from "./invite-page/openInvite";
export { saveIntakeAnswers } from "./invite-page/saveIntakeAnswers";
export { confirmService, skipService } from "./invite-page/serviceActions";
export { addCc } from "./invites/addCc";
export { createInvite } from "./invites/createInvite";
export { editInvite } from "./invites/editInvite";
export { getInviteLink } from "./invites/getInviteLink";
export { markServiceVerified } from "./invites/markServiceVerified";
export { revealRetainedToken } from "./invites/revealRetainedToken";
export { rotateInviteLink } from "./invites/rotateInviteLink";
export { sendReminder } from "./invites/sendReminder";
export { syncInviteStatus } from "./invites/syncInviteStatus";
export { onMailQueued } from "./mail/onMailQueued";
export { recoverMailOutbox } from "./mail/recoverStalledMail";
export { retryMailDelivery } from "./mail/retryMailDelivery";
// Access pages (onboarding pages): the agency's callables and the public page's.
export { openOnboardingPage } from "./onboarding-pages/openOnboardingPage";
export { deleteOnboardingPage, pauseOnboardingPage } from "./onboarding-pages/pageLifecycle";
export {
  createOnboardingPage,
  updateOnboardingPage,
} from "./onboarding-pages/saveOnboardingPage";
export { submitOnboardingPage } from "./onboarding-pages/submitOnboardingPage";
export { acceptPortalInvitation } from "./portal/acceptPortalInvitation";
export { cancelPortalInvitation } from "./portal/cancelPortalInvitation";
export { describePortalInvitation } from "./portal/describePortalInvitation";
export { invitePortalTeammate } from "./portal/invitePortalTeammate";
export { portalInviteLinks } from "./portal/portalInviteLinks";
export { sendPortalWelcome } from "./portal/portalWelcome";
export { removePortalTeammate } from "./portal/removePortalTeammate";
export { removePortalUser } from "./portal/removePortalUser";
export { resendPortalInvitation } from "./portal/resendPortalInvitation";
export { restorePortalUser } from "./portal/restorePortalUser";
export { revokePortalAccess } from "./portal/revokePortalAccess";
export { sendPortalInvitation } from "./portal/sendPortalInvitation";
export {
  syncPortalClientView,
  syncPortalSectionsOnConnection,
  syncPortalSectionsOnPlan,
} from "./portal/syncPortalClientView";
export { syncPortalInviteView } from "./portal/syncPortalInviteView";
export { syncPublicBranding } from "./portal/syncPublicBranding";
export { updatePortalProfile } from "./portal/updatePortalProfile";
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
export {
  createAgentConnection,
  rotateConnectionSecret,
  setAgentConnectionStatus,
} from "./voice/agentConnections";
export { callCsv } from "./voice/callCsv";
export { callRecording, recordingLink } from "./voice/callRecording";
export { recountClientCallDays } from "./voice/recountCallDays";
export { subscribeCalendly } from "./voice/subscribeCalendly";
export { voiceWebhook } from "./voice/voiceWebhook";
// Outgoing webhooks (Settings -> Webhooks).
export { onWebhookDeliveryWritten } from "./webhooks/onWebhookDeliveryWritten";
export { recoverWebhookDeliveries } from "./webhooks/recoverWebhookDeliveries";
export { retryWebhookDeliveryTask } from "./webhooks/retryWebhookDeliveryTask";
export {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  replayWebhookDelivery,
  revealWebhookSecret,
  rotateWebhookSecret,
  sendTestWebhook,
  updateWebhookEndpoint,
} from "./webhooks/webhookEndpoints";
export {
  webhookEventsOnBooking,
  webhookEventsOnCall,
  webhookEventsOnClient,
  webhookEventsOnInvite,
} from "./webhooks/webhookEventTriggers";
