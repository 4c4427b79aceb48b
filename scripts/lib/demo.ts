/** The demo workspace `npm start` seeds and the browser journeys sign in to. */
export const DEMO_AGENCY_NAME = "Northwind Digital";

export const DEMO_USERS = {
  owner: {
    email: "owner@northwind.test",
    password: "portico-demo-1",
    displayName: "Olivia Owner",
    role: "owner",
  },
  member: {
    email: "member@northwind.test",
    password: "portico-demo-1",
    displayName: "Max Member",
    role: "member",
  },
  viewer: {
    email: "viewer@northwind.test",
    password: "portico-demo-1",
    displayName: "Vera Viewer",
    role: "viewer",
  },
} as const;

/**
 * The demo client whose AI agent answers the phone (a dental practice's
 * receptionist, see scripts/demo-voice/): the first of the demo agency's
 * generated clients. Its connections have fixed secrets, so the simulator
 * and the browser journeys can sign for them.
 */
export const DEMO_VOICE = {
  clientIndex: 0,
  agentId: "agent_demo_front_desk",
  agentNumber: "+14155550100",
  timeZone: "America/Los_Angeles",
  /** The Retell API key (with the webhook badge) the demo Retell connection checks signatures with. */
  retellKey: "key_demo_retell_webhook_badge_0001",
} as const;

/**
 * The demo voice client's own portal login (a member of the client's team),
 * so a newcomer sees the portal's calls and bookings as the client does.
 */
export const DEMO_PORTAL_USER = {
  email: "frontdesk@brightsmiles.test",
  password: "portico-demo-1",
  displayName: "Paula Portal",
} as const;
