/**
 * Example requests and answers of the REST API, shown in the OpenAPI
 * document and the reference page. A unit test checks each against its
 * schema; the integration test sends the requests (with real IDs).
 */
const CLIENT_ID = "Kx3Tq9LmPz2Wv8RbYc4N";
const INVITE_ID = "Hq7Rt2Vb9Lm4Xc8Zp1Ns";
const CALL_ID = "5e2b7c91a04f3d68b1e9c0a27f4d5b63a8e1c902";
const BOOKING_ID = "b81c4d2e9f07a6351c8e2d4f6a9b0c7e3d5f1a28";
const ACCOUNT_ID = "Wm3Pq8Rt5Vx2Yz7Bn4Kc";
const CREATED = "2026-11-20T15:04:05.000Z";
const HOOK_ID = "Zr5Nc1Qw8Ht3Jv6Mb2Dx";
const PAGE_ID = "Pf4Lx9Cs2Wq7Tn1Kv5Rb";

export const API_EXAMPLES = {
  cursor: "WzE3NjM2NTEwNDUwMDAsIkt4M1RxOUxtUHoyV3Y4UmJZYzROIl0",
  accountId: ACCOUNT_ID,
  newClient: {
    name: "Bright Smiles Dental",
    company: "Bright Smiles LLC",
    email: "frontdesk@brightsmiles.example",
    website: "brightsmiles.example",
    type: "client",
    language: "en",
    timeZone: "America/Los_Angeles",
  },
  clientUpdate: { company: "Bright Smiles Dental Group", metadata: { crmId: "HS-4471" } },
  client: {
    id: CLIENT_ID,
    name: "Bright Smiles Dental",
    company: "Bright Smiles LLC",
    email: "frontdesk@brightsmiles.example",
    website: "https://brightsmiles.example/",
    type: "client",
    language: "en",
    timeZone: "America/Los_Angeles",
    metadata: {},
    createdAt: CREATED,
    updatedAt: CREATED,
  },
  newInvite: {
    clientId: CLIENT_ID,
    services: [
      { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: ACCOUNT_ID },
    ],
    sendEmail: false,
  },
  invite: {
    id: INVITE_ID,
    clientId: CLIENT_ID,
    client: {
      name: "Bright Smiles Dental",
      company: "Bright Smiles LLC",
      email: "frontdesk@brightsmiles.example",
    },
    status: "pending",
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        optional: false,
        connectedAccountId: ACCOUNT_ID,
        status: "pending",
        statusChangedAt: null,
      },
    ],
    intake: { requested: false, status: "not_requested" },
    thankYouMessage: "",
    redirectUrl: "",
    createdAt: CREATED,
    updatedAt: CREATED,
  },
  inviteUrl: "https://app.portico.example/i/6bq2V0m8Yx7aQe4PzR1sT9uW3cK5nH2jL8dF0gB4vXo",
  call: {
    id: CALL_ID,
    clientId: CLIENT_ID,
    platform: "retell",
    platformCallId: "call_8f2a91c4",
    stage: "analyzed",
    direction: "inbound",
    callerNumber: "+14155550123",
    callerName: "Dana Whitfield",
    calledNumber: "+14155550199",
    startedAt: "2026-11-20T15:04:00.000Z",
    endedAt: "2026-11-20T15:05:35.000Z",
    durationSeconds: 95,
    outcome: "answered",
    summary: "Dana booked a cleaning for Tuesday at 10:00.",
    sentiment: "positive",
    successful: true,
    transcript: [
      { speaker: "agent", text: "Bright Smiles, how can I help?", start: 0, end: 2.1 },
      { speaker: "caller", text: "I'd like to book a cleaning.", start: 2.4, end: 4 },
    ],
    hasRecording: true,
    bookingId: BOOKING_ID,
    updatedAt: "2026-11-20T15:06:10.000Z",
  },
  booking: {
    id: BOOKING_ID,
    clientId: CLIENT_ID,
    platform: "calcom",
    platformBookingId: "bk_31415",
    status: "booked",
    title: "Cleaning",
    startsAt: "2026-11-24T18:00:00.000Z",
    endsAt: "2026-11-24T18:45:00.000Z",
    timeZone: "America/Los_Angeles",
    attendeeName: "Dana Whitfield",
    attendeeEmail: "dana@example.com",
    attendeePhone: "+14155550123",
    location: null,
    cancellationReason: null,
    callId: CALL_ID,
    updatedAt: "2026-11-20T15:05:30.000Z",
  },
  accessPage: {
    id: PAGE_ID,
    name: "Website: get started",
    slug: "start",
    url: "https://app.portico.example/p/Ag7Kd2Wm9Qx4Rt1Vb8Zn/start",
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        optional: false,
        connectedAccountId: ACCOUNT_ID,
      },
    ],
    intakeForm: true,
    clientType: "client",
    defaultLanguage: "en",
    paused: false,
    createdAt: CREATED,
    updatedAt: CREATED,
  },
  newHook: {
    url: "https://hooks.zapier.com/hooks/standard/4471/8c2f1e0a/",
    description: "Zapier: new clients to HubSpot",
    events: ["client.created", "invite.completed"],
  },
  hook: {
    id: HOOK_ID,
    url: "https://hooks.zapier.com/hooks/standard/4471/8c2f1e0a/",
    description: "Zapier: new clients to HubSpot",
    events: ["client.created", "invite.completed"],
    status: "enabled",
    secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    createdAt: CREATED,
  },
} as const;
