/**
 * Firestore paths, in one place so that web, functions, rules tests and the
 * seed agree. Agency data lives under `agencies/{agencyId}`.
 *
 * Every segment taken from a variable is checked (`seg`): an ID such as
 * `C/portalInvitations/x` or `..` would otherwise build a reference into
 * another collection. Callables refuse such IDs earlier, with field messages
 * (`docIdSchema`); this is the last line.
 */
const SEGMENT = /^[A-Za-z0-9_-]{1,1500}$/;

function seg(value: string): string {
  if (!SEGMENT.test(value) || /^__.*__$/.test(value)) {
    throw new Error("Refused an unsafe document ID in a path.");
  }
  return value;
}

export const paths = {
  agencies: () => "agencies",
  agency: (agencyId: string) => `agencies/${seg(agencyId)}`,
  members: (agencyId: string) => `agencies/${seg(agencyId)}/members`,
  member: (agencyId: string, uid: string) => `agencies/${seg(agencyId)}/members/${seg(uid)}`,
  clients: (agencyId: string) => `agencies/${seg(agencyId)}/clients`,
  client: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}`,
  invites: (agencyId: string) => `agencies/${seg(agencyId)}/invites`,
  invite: (agencyId: string, inviteId: string) =>
    `agencies/${seg(agencyId)}/invites/${seg(inviteId)}`,
  activity: (agencyId: string) => `agencies/${seg(agencyId)}/activity`,
  /** The clients list's rows (projections of the clients, kept by syncClientRow): staff read. */
  clientRows: (agencyId: string) => `agencies/${seg(agencyId)}/clientRows`,
  clientRow: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clientRows/${seg(clientId)}`,
  clientStats: (agencyId: string) => `agencies/${seg(agencyId)}/stats/clients`,
  inviteStats: (agencyId: string) => `agencies/${seg(agencyId)}/stats/invites`,
  /** Server-only marker: a deleted client whose data is still being purged. */
  clientDeletion: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clientDeletions/${seg(clientId)}`,
  connectedAccounts: (agencyId: string) => `agencies/${seg(agencyId)}/connectedAccounts`,
  connectedAccount: (agencyId: string, accountId: string) =>
    `agencies/${seg(agencyId)}/connectedAccounts/${seg(accountId)}`,
  invitations: (agencyId: string) => `agencies/${seg(agencyId)}/invitations`,
  invitation: (agencyId: string, invitationId: string) =>
    `agencies/${seg(agencyId)}/invitations/${seg(invitationId)}`,
  settings: (agencyId: string, name: "branding" | "general" | "intakeForm" | "agentFields") =>
    `agencies/${seg(agencyId)}/settings/${seg(name)}`,
  /**
   * What anyone may read of an agency's branding (name, logo, colours,
   * language), for its portal's address before sign-in; kept by a function.
   */
  publicBranding: (agencyId: string) => `agencies/${seg(agencyId)}/public/branding`,
  /** Hashed invitation tokens (server-only). */
  invitationTokens: () => "invitationTokens",
  invitationToken: (tokenHash: string) => `invitationTokens/${seg(tokenHash)}`,
  /** A client's portal users and the invitations that create them. */
  portalMembers: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalMembers`,
  portalMember: (agencyId: string, clientId: string, uid: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalMembers/${seg(uid)}`,
  portalInvitations: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalInvitations`,
  portalInvitation: (agencyId: string, clientId: string, invitationId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalInvitations/${seg(invitationId)}`,
  /**
   * What a client's portal users read (see portal-views.ts): projections of the
   * client and its invites, written only by functions.
   */
  portalClientView: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalViews/client`,
  portalInviteViews: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalInvites`,
  portalInviteView: (agencyId: string, clientId: string, inviteId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalInvites/${seg(inviteId)}`,
  /** A client's intake answers for one invite (staff read; written by functions). */
  intakeResponses: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/intakeResponses`,
  intakeResponse: (agencyId: string, clientId: string, inviteId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/intakeResponses/${seg(inviteId)}`,
  /** A client's sign-in with a platform, from start to grant (server-only), keyed by the hashed state. */
  connectorSession: (stateHash: string) => `connectorSessions/${seg(stateHash)}`,
  /** Platform tokens kept for the agency, encrypted (server-only). */
  retainedToken: (agencyId: string, inviteId: string, serviceId: string) =>
    `retainedTokens/${seg(agencyId)}_${seg(inviteId)}_${seg(serviceId)}`,
  retainedTokens: () => "retainedTokens",
  /** Email outbox (server-only). */
  mail: (mailId: string) => `mail/${seg(mailId)}`,
  mails: () => "mail",
  /** Fixed-window rate-limit counters for anonymous endpoints (server-only, TTL on expiresAt). */
  rateLimit: (counterId: string) => `rateLimits/${seg(counterId)}`,
  rateLimits: () => "rateLimits",
  /** Outbound mail counters per agency or portal user and UTC day (server-only); see mail-quota.ts. */
  mailQuota: (quotaId: string) => `mailQuotas/${seg(quotaId)}`,
  mailQuotas: () => "mailQuotas",
  /** When an address last got a re-send, keyed by a hash of agency, stream and address (server-only). */
  mailCooldown: (cooldownId: string) => `mailCooldowns/${seg(cooldownId)}`,
  mailCooldowns: () => "mailCooldowns",
  /** Per-user document the app listens to, to refresh its ID token when claims change. */
  userSession: (uid: string) => `userSessions/${seg(uid)}`,
  /** A client's connections to its voice and booking platforms (staff read; functions write). */
  agentConnections: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentConnections`,
  agentConnection: (agencyId: string, clientId: string, connectionId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentConnections/${seg(connectionId)}`,
  /** Each webhook a connection received or refused, for the agency (TTL on deleteAt). */
  connectionDeliveries: (agencyId: string, clientId: string, connectionId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentConnections/${seg(connectionId)}/deliveries`,
  /** The agent's calls and the bookings they made: the client's portal users and staff read them. */
  calls: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/calls`,
  call: (agencyId: string, clientId: string, callId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/calls/${seg(callId)}`,
  /** What the platform charged for a call: staff only, never the portal. */
  callCost: (agencyId: string, clientId: string, callId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/callCosts/${seg(callId)}`,
  callRecording: (agencyId: string, clientId: string, callId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/callRecordings/${seg(callId)}`,
  /** The client's agent settings (greeting, business hours, transfer number, voice...): read through callables and the portal's projection. */
  agentSettings: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentSettings/current`,
  /** The client's FAQs (`faqs`) and the agent's sync state (`sync`): portal users and staff read; callables and functions write. */
  agentFaqs: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentConfig/faqs`,
  agentSync: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentConfig/sync`,
  /** Who changed the FAQs and settings, and what (portal users read the entries marked portalVisible). */
  agentHistory: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/agentHistory`,
  /** Questions calls' analyses say the agent could not answer, keyed by call. */
  faqSuggestions: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/faqSuggestions`,
  faqSuggestion: (agencyId: string, clientId: string, callId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/faqSuggestions/${seg(callId)}`,
  /** The agent settings a portal user may see (agent-settings.ts), kept by the callables that change them. */
  portalAgentSettingsView: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/portalViews/agentSettings`,
  /** The client's calls and bookings counted per local day (voice/rollups.ts): functions write, the portal and staff read. */
  callDays: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/callDays`,
  callDay: (agencyId: string, clientId: string, day: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/callDays/${seg(day)}`,
  /** Server-only: what each call and booking last added to the callDays (voice/contributions.ts). */
  callRollupMark: (agencyId: string, clientId: string, callId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/callRollupMarks/${seg(callId)}`,
  bookingRollupMark: (agencyId: string, clientId: string, bookingId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/bookingRollupMarks/${seg(bookingId)}`,
  /** The client's plan (billing/plan.ts): staff read; portal users while Billing is shown; written by a callable. */
  billingPlan: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/billing/plan`,
  /** Monthly statements, id = the period's first local day (billing/statements.ts): immutable. */
  statements: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/statements`,
  statement: (agencyId: string, clientId: string, periodStart: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/statements/${seg(periodStart)}`,
  /** The platform's cost of a statement's period: staff only. */
  statementCosts: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/statementCosts`,
  statementCost: (agencyId: string, clientId: string, periodStart: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/statementCosts/${seg(periodStart)}`,
  /** The platform's cost per local day (staff only) and each call's part in it (server only). */
  costDays: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/costDays`,
  costDay: (agencyId: string, clientId: string, day: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/costDays/${seg(day)}`,
  costContribution: (agencyId: string, clientId: string, callId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/costContributions/${seg(callId)}`,
  /** Each client's agent at a glance, for the agency's overview of all agents (voice/agent-summaries.ts). */
  agentSummaries: (agencyId: string) => `agencies/${seg(agencyId)}/agentSummaries`,
  agentSummary: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/agentSummaries/${seg(clientId)}`,
  /** The agency's statement numbering (server-written, staff read). */
  statementCounter: (agencyId: string) => `agencies/${seg(agencyId)}/stats/statements`,
  bookings: (agencyId: string, clientId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/bookings`,
  booking: (agencyId: string, clientId: string, bookingId: string) =>
    `agencies/${seg(agencyId)}/clients/${seg(clientId)}/bookings/${seg(bookingId)}`,
  /**
   * Server-only: where a webhook URL leads (agency, client, platform) and its
   * sealed signing secrets, read in one lookup by the webhook endpoint.
   */
  webhookEndpoint: (connectionId: string) => `webhookEndpoints/${seg(connectionId)}`,

  // ---- REST API (api/keys.ts) ----
  /** The agency's API keys as owners and admins see them (name, scopes, last used; functions write). */
  apiKeys: (agencyId: string) => `agencies/${seg(agencyId)}/apiKeys`,
  apiKey: (agencyId: string, keyId: string) => `agencies/${seg(agencyId)}/apiKeys/${seg(keyId)}`,
  /** Server-only: a key's hash, agency and scopes, read once per API request. */
  apiKeySecret: (keyId: string) => `apiKeySecrets/${seg(keyId)}`,
  /** Server-only: a POST's first answer per key and Idempotency-Key (TTL on expiresAt). */
  apiIdempotency: (recordId: string) => `apiIdempotency/${seg(recordId)}`,
  // ---- Outgoing webhooks (webhooks/) ----
  /** The agency's outgoing webhook endpoints: owners and admins read; callables write. */
  outgoingWebhooks: (agencyId: string) => `agencies/${seg(agencyId)}/webhooks`,
  outgoingWebhook: (agencyId: string, endpointId: string) =>
    `agencies/${seg(agencyId)}/webhooks/${seg(endpointId)}`,
  /** One event's delivery to one endpoint, id = the event id (the delivery log). */
  webhookDeliveries: (agencyId: string, endpointId: string) =>
    `agencies/${seg(agencyId)}/webhooks/${seg(endpointId)}/webhookDeliveries`,
  webhookDelivery: (agencyId: string, endpointId: string, eventId: string) =>
    `agencies/${seg(agencyId)}/webhooks/${seg(endpointId)}/webhookDeliveries/${seg(eventId)}`,
  /** The events themselves, by their stable id (server-only). */
  webhookEvent: (agencyId: string, eventId: string) =>
    `agencies/${seg(agencyId)}/webhookEvents/${seg(eventId)}`,
  /** Sealed `whsec_` signing secrets of an endpoint (server-only). */
  webhookSigningKeys: (agencyId: string, endpointId: string) =>
    `webhookSigningKeys/${seg(agencyId)}_${seg(endpointId)}`,
  // ---- Access pages (onboarding pages; onboarding-pages/page.ts) ----
  /** The agency's reusable public pages: staff read; callables write. */
  onboardingPages: (agencyId: string) => `agencies/${seg(agencyId)}/onboardingPages`,
  onboardingPage: (agencyId: string, pageId: string) =>
    `agencies/${seg(agencyId)}/onboardingPages/${seg(pageId)}`,
  /** Which page holds a short address, unique per agency: staff read; callables write. */
  onboardingSlug: (agencyId: string, slug: string) =>
    `agencies/${seg(agencyId)}/onboardingSlugs/${seg(slug)}`,
  /** Each page's funnel counters, kept by functions: staff read. */
  onboardingPageStats: (agencyId: string, pageId: string) =>
    `agencies/${seg(agencyId)}/onboardingPageStats/${seg(pageId)}`,
  /** Server-only: clients created through access pages per agency and UTC day (TTL on expiresAt). */
  onboardingCap: (agencyId: string, day: string) => `onboardingCaps/${seg(agencyId)}_${seg(day)}`,
  /** Server-only: the client that holds a normalized email in an agency (keyed by its hash). */
  onboardingEmail: (agencyId: string, emailHash: string) =>
    `onboardingEmails/${seg(agencyId)}_${seg(emailHash)}`,
} as const;
