/**
 * Firestore paths, in one place so that web, functions, rules tests and the
 * seed agree. Agency data lives under `agencies/{agencyId}`.
 */
export const paths = {
  agencies: () => "agencies",
  agency: (agencyId: string) => `agencies/${agencyId}`,
  members: (agencyId: string) => `agencies/${agencyId}/members`,
  member: (agencyId: string, uid: string) => `agencies/${agencyId}/members/${uid}`,
  clients: (agencyId: string) => `agencies/${agencyId}/clients`,
  client: (agencyId: string, clientId: string) => `agencies/${agencyId}/clients/${clientId}`,
  invites: (agencyId: string) => `agencies/${agencyId}/invites`,
  invite: (agencyId: string, inviteId: string) => `agencies/${agencyId}/invites/${inviteId}`,
  activity: (agencyId: string) => `agencies/${agencyId}/activity`,
  clientStats: (agencyId: string) => `agencies/${agencyId}/stats/clients`,
  inviteStats: (agencyId: string) => `agencies/${agencyId}/stats/invites`,
  /** Server-only marker: a deleted client whose data is still being purged. */
  clientDeletion: (agencyId: string, clientId: string) =>
    `agencies/${agencyId}/clientDeletions/${clientId}`,
  connectedAccounts: (agencyId: string) => `agencies/${agencyId}/connectedAccounts`,
  connectedAccount: (agencyId: string, accountId: string) =>
    `agencies/${agencyId}/connectedAccounts/${accountId}`,
  invitations: (agencyId: string) => `agencies/${agencyId}/invitations`,
  invitation: (agencyId: string, invitationId: string) =>
    `agencies/${agencyId}/invitations/${invitationId}`,
  settings: (agencyId: string, name: "branding" | "general" | "intakeForm") =>
    `agencies/${agencyId}/settings/${name}`,
  /** Hashed invitation tokens (server-only). */
  invitationToken: (tokenHash: string) => `invitationTokens/${tokenHash}`,
  /** A client's portal users and the invitations that create them. */
  portalMembers: (agencyId: string, clientId: string) =>
    `agencies/${agencyId}/clients/${clientId}/portalMembers`,
  portalMember: (agencyId: string, clientId: string, uid: string) =>
    `agencies/${agencyId}/clients/${clientId}/portalMembers/${uid}`,
  portalInvitations: (agencyId: string, clientId: string) =>
    `agencies/${agencyId}/clients/${clientId}/portalInvitations`,
  portalInvitation: (agencyId: string, clientId: string, invitationId: string) =>
    `agencies/${agencyId}/clients/${clientId}/portalInvitations/${invitationId}`,
  /** A client's intake answers for one invite (staff read; written by functions). */
  intakeResponses: (agencyId: string, clientId: string) =>
    `agencies/${agencyId}/clients/${clientId}/intakeResponses`,
  intakeResponse: (agencyId: string, clientId: string, inviteId: string) =>
    `agencies/${agencyId}/clients/${clientId}/intakeResponses/${inviteId}`,
  /** A client's sign-in with a platform, from start to grant (server-only), keyed by the hashed state. */
  connectorSession: (stateHash: string) => `connectorSessions/${stateHash}`,
  /** Platform tokens kept for the agency, encrypted (server-only). */
  retainedToken: (agencyId: string, inviteId: string, serviceId: string) =>
    `retainedTokens/${agencyId}_${inviteId}_${serviceId}`,
  retainedTokens: () => "retainedTokens",
  /** Email outbox (server-only). */
  mail: (mailId: string) => `mail/${mailId}`,
  mails: () => "mail",
  /** Per-user document the app listens to, to refresh its ID token when claims change. */
  userSession: (uid: string) => `userSessions/${uid}`,
} as const;
