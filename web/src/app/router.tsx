import { createBrowserRouter, Navigate } from "react-router";
import { LoadingScreen } from "../components/spinner";
import { ForgotPasswordPage } from "../features/auth/components/forgot-password-page";
import { NoWorkspacePage } from "../features/auth/components/no-workspace-page";
import { ResetPasswordPage } from "../features/auth/components/reset-password-page";
import { PublicOnly, RequireAgency } from "../features/auth/components/route-guards";
import { SignInPage } from "../features/auth/components/sign-in-page";
import { SignUpPage } from "../features/auth/components/sign-up-page";
import { NotFoundPage } from "./not-found-page";

/** Agency routes are split into their own chunk, loaded once the user is signed in. */
const agencyRoute = async () => {
  const { AgencyLayout } = await import("../features/agency/components/agency-layout");
  return { Component: AgencyLayout };
};

/** The client portal: its own guards, layout and pages, in chunks of their own. */
const portalGuards = () => import("../features/portal/components/portal-guards");

export const router = createBrowserRouter([
  { path: "/", element: <Navigate to="/dashboard" replace /> },
  {
    element: <PublicOnly />,
    children: [
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sign-up", element: <SignUpPage /> },
      { path: "/forgot-password", element: <ForgotPasswordPage /> },
    ],
  },
  { path: "/reset-password", element: <ResetPasswordPage /> },
  { path: "/no-workspace", element: <NoWorkspacePage /> },
  {
    path: "/join/:token",
    lazy: async () => ({
      Component: (await import("../features/team/components/join-page")).JoinPage,
    }),
  },
  {
    element: <RequireAgency />,
    hydrateFallbackElement: <LoadingScreen />,
    children: [
      {
        lazy: agencyRoute,
        children: [
          {
            path: "/dashboard",
            lazy: async () => ({
              Component: (await import("../features/agency/components/dashboard-page"))
                .DashboardPage,
            }),
          },
          {
            path: "/clients",
            lazy: async () => ({
              Component: (await import("../features/clients/components/clients-page")).ClientsPage,
            }),
          },
          {
            path: "/clients/:clientId",
            lazy: async () => ({
              Component: (await import("../features/clients/components/client-profile-page"))
                .ClientProfilePage,
            }),
          },
          {
            path: "/invites/new",
            lazy: async () => ({
              Component: (await import("../features/invites/components/create-invite-page"))
                .CreateInvitePage,
            }),
          },
          {
            path: "/settings",
            lazy: async () => ({
              Component: (await import("../features/settings/components/settings-layout"))
                .SettingsLayout,
            }),
            children: [
              { index: true, element: <Navigate to="/settings/general" replace /> },
              {
                path: "general",
                lazy: async () => ({
                  Component: (await import("../features/settings/components/general-settings-page"))
                    .GeneralSettingsPage,
                }),
              },
              {
                path: "branding",
                lazy: async () => ({
                  Component: (await import("../features/settings/components/branding-page"))
                    .BrandingPage,
                }),
              },
              {
                path: "connected-accounts",
                lazy: async () => ({
                  Component: (
                    await import("../features/settings/components/connected-accounts-page")
                  ).ConnectedAccountsPage,
                }),
              },
              {
                path: "intake-form",
                lazy: async () => ({
                  Component: (await import("../features/settings/components/intake-form-page"))
                    .IntakeFormPage,
                }),
              },
              {
                path: "team",
                lazy: async () => ({
                  Component: (await import("../features/settings/components/team-page")).TeamPage,
                }),
              },
            ],
          },
        ],
      },
    ],
  },
  {
    path: "/portal/join/:token",
    hydrateFallbackElement: <LoadingScreen />,
    lazy: async () => ({
      Component: (await import("../features/portal/components/portal-join-page")).PortalJoinPage,
    }),
  },
  {
    hydrateFallbackElement: <LoadingScreen />,
    lazy: async () => ({ Component: (await portalGuards()).PortalPublicOnly }),
    children: [
      {
        path: "/portal/sign-in",
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-sign-in-page"))
            .PortalSignInPage,
        }),
      },
      {
        path: "/portal/forgot-password",
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-forgot-password-page"))
            .PortalForgotPasswordPage,
        }),
      },
      {
        path: "/portal/reset-password",
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-reset-password-page"))
            .PortalResetPasswordPage,
        }),
      },
    ],
  },
  {
    hydrateFallbackElement: <LoadingScreen />,
    lazy: async () => ({ Component: (await portalGuards()).RequirePortal }),
    children: [
      {
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-layout")).PortalLayout,
        }),
        children: [
          {
            path: "/portal",
            lazy: async () => ({
              Component: (await import("../features/portal/components/portal-home-page"))
                .PortalHomePage,
            }),
          },
          { path: "/portal/settings", element: <Navigate to="/portal/settings/team" replace /> },
          {
            path: "/portal/settings/team",
            lazy: async () => ({
              Component: (await import("../features/portal/components/portal-team-page"))
                .PortalTeamPage,
            }),
          },
        ],
      },
    ],
  },
  { path: "*", element: <NotFoundPage /> },
]);
