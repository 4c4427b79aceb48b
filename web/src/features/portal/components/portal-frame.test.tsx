import { render, screen, waitFor } from "@testing-library/react";
import { signOut } from "firebase/auth";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auth } from "../../../lib/firebase";
import { SessionProvider } from "../../../lib/session";
import {
  forgetPortalFrame,
  type RememberedPortalFrame,
  rememberedPortalFrame,
  rememberPortalFrame,
} from "../portal-frame-memory";
import { PortalFramePreview } from "./portal-frame";
import { PortalPublicOnly, RequirePortal } from "./portal-guards";

const FRAME: RememberedPortalFrame = {
  uid: "portal-user-1",
  userName: "Ana Ruiz",
  clientName: "Bright Dental",
  sections: {
    calls: true,
    bookings: true,
    analytics: false,
    faqs: false,
    agentSettings: false,
    billing: false,
  },
};

function routerAt(path: string, element: ReactNode) {
  return createMemoryRouter(
    [
      { path: "/portal/sign-in", element: <p>sign-in page</p> },
      { path: "/portal/*", element },
    ],
    { initialEntries: [path] },
  );
}

const renderAt = (path: string, element: ReactNode) =>
  render(<RouterProvider router={routerAt(path, element)} />);

describe("the portal's frame while the session is confirmed", () => {
  beforeAll(() => localStorage.setItem("portico.portalLocale", "es"));
  afterEach(() => forgetPortalFrame());

  it("draws the remembered frame and the home's greeting, in the client's language", () => {
    rememberPortalFrame(FRAME);
    renderAt("/portal", <PortalFramePreview />);
    expect(screen.getByTestId("portal-client-name").textContent).toBe("Bright Dental");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("Ana Ruiz");
    const nav = screen.getByRole("navigation");
    const links = [...nav.querySelectorAll("a")].map((link) => link.getAttribute("href"));
    // Only the sections the client's view showed: Calls and Bookings, not Analytics or Billing.
    expect(links).toEqual([
      "/portal",
      "/portal/calls",
      "/portal/bookings",
      "/portal/settings/team",
    ]);
    expect(screen.getByRole("button", { name: "Cerrar sesión" })).toBeTruthy();
    expect(screen.getByRole("status")).toBeTruthy();
  });

  it("draws no greeting on other pages, only the frame and a loading state", () => {
    rememberPortalFrame(FRAME);
    renderAt("/portal/calls", <PortalFramePreview />);
    expect(screen.getByTestId("portal-client-name").textContent).toBe("Bright Dental");
    expect(screen.queryByRole("heading", { level: 1 })).toBeNull();
  });

  it("shows a plain loading screen with nothing remembered, or another user's frame", () => {
    renderAt("/portal", <PortalFramePreview />);
    expect(screen.queryByTestId("portal-client-name")).toBeNull();
    expect(screen.queryByText("Ana Ruiz", { exact: false })).toBeNull();
    forgetPortalFrame();
    rememberPortalFrame(FRAME);
    renderAt("/portal", <PortalFramePreview uid="someone-else" />);
    expect(screen.queryAllByTestId("portal-client-name")).toHaveLength(0);
  });

  it("forgets the frame once the session turns out to be signed out", async () => {
    await signOut(auth);
    for (const [path, guard] of [
      ["/portal", <RequirePortal key="portal" />],
      ["/portal/a", <PortalPublicOnly key="public" />],
    ] as const) {
      rememberPortalFrame(FRAME);
      const view = render(
        <SessionProvider>
          <RouterProvider router={routerAt(path, guard)} />
        </SessionProvider>,
      );
      await waitFor(() => expect(rememberedPortalFrame()).toBeNull());
      view.unmount();
    }
    // Signed out, the portal itself went on to its sign-in page.
    render(
      <SessionProvider>
        <RouterProvider router={routerAt("/portal", <RequirePortal />)} />
      </SessionProvider>,
    );
    expect(await screen.findByText("sign-in page")).toBeTruthy();
  });
});
