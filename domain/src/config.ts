/** Cloud Functions region, shared so the web app calls the region functions deploy to. */
export const FUNCTIONS_REGION = "us-central1";

/** Callable names, shared by the functions that export them and the app that calls them. */
export const CALLABLES = {
  signUp: "signUp",
  createWorkspace: "createWorkspace",
  inviteTeammate: "inviteTeammate",
  resendTeamInvitation: "resendTeamInvitation",
  cancelTeamInvitation: "cancelTeamInvitation",
  changeMemberRole: "changeMemberRole",
  removeMember: "removeMember",
  describeTeamInvitation: "describeTeamInvitation",
  acceptTeamInvitation: "acceptTeamInvitation",
  updateBranding: "updateBranding",
  updateGeneralSettings: "updateGeneralSettings",
  createClient: "createClient",
  updateClient: "updateClient",
  deleteClient: "deleteClient",
  saveConnectedAccount: "saveConnectedAccount",
  removeConnectedAccount: "removeConnectedAccount",
  updateIntakeForm: "updateIntakeForm",
  createInvite: "createInvite",
  editInvite: "editInvite",
  sendReminder: "sendReminder",
  addCc: "addCc",
  getInviteLink: "getInviteLink",
  markServiceVerified: "markServiceVerified",
  revealRetainedToken: "revealRetainedToken",
  // The client's invite page (no account; the link token authorizes).
  openInvite: "openInvite",
  startConnection: "startConnection",
  completeConnection: "completeConnection",
  grantService: "grantService",
  confirmService: "confirmService",
  skipService: "skipService",
  saveIntakeAnswers: "saveIntakeAnswers",
} as const;
