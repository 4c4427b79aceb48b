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
