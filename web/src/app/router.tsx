// One thing, over 300 lines: the whole route table (every page of the app, with its lazy chunk and portal section) in one place.
import { createBrowserRouter, Navigate } from "react-router";
import { RouteError } from "../components/route-error";
import { LoadingScreen } from "../components/spinner";
import { PublicOnly, RequireAgency } from "../features/auth/components/route-guards";
import { SignInPage } from "../features/auth/components/sign-in-page";
import { NotFoundPage } from "./not-found-page";

/**
 * The sign-in page is the only page in the first load (its budget is checked
 * in npm test); the other signed-out pages and the agency routes are split
 * into chunks of their own, loaded when visited.
 */
const agencyRoute = async () => {
  const { AgencyLayout } = await import("../features/agency/components/agency-layout");
  return { Component: AgencyLayout };
};

/** The client portal: its own guards, layout and pages, in chunks of their own. */
const portalGuards = () => import("../features/portal/components/portal-guards");
/** The portal's error screen (in the client's language), loaded with the portal's chunks. */
const portalRouteError = async () =>
  (await import("../features/portal/components/portal-route-error")).PortalRouteError;

export const router = createBrowserRouter([
  {
    // Anything that fails outside an area of its own (sign-in, sign-up, join).
    errorElement: <RouteError area="app" />,
    children: [
      { path: "/", element: <Navigate to="/dashboard" replace /> },
      {
        element: <PublicOnly />,
        children: [
          { path: "/sign-in", element: <SignInPage /> },
          {
            path: "/sign-up",
            lazy: async () => ({
              Component: (await import("../features/auth/components/sign-up-page")).SignUpPage,
            }),
          },
          {
            path: "/forgot-password",
            lazy: async () => ({
              Component: (await import("../features/auth/components/forgot-password-page"))
                .ForgotPasswordPage,
            }),
          },
        ],
      },
      {
        path: "/reset-password",
        lazy: async () => ({
          Component: (await import("../features/auth/components/reset-password-page"))
            .ResetPasswordPage,
        }),
      },
      {
        path: "/verify-email",
        lazy: async () => ({
          Component: (await import("../features/auth/components/verify-email-page"))
            .VerifyEmailPage,
        }),
      },
      {
        path: "/no-workspace",
        lazy: async () => ({
          Component: (await import("../features/auth/components/no-workspace-page"))
            .NoWorkspacePage,
        }),
      },
      {
        path: "/join/:token",
        lazy: async () => ({
          Component: (await import("../features/team/components/join-page")).JoinPage,
        }),
      },
      {
        element: <RequireAgency />,
        hydrateFallbackElement: <LoadingScreen page />,
        children: [
          {
            lazy: agencyRoute,
            errorElement: <RouteError area="agency" />,
            children: [
              {
                // A page that fails shows its error inside the agency layout.
                errorElement: <RouteError area="agency" />,
                children: [
                  {
                    path: "/dashboard",
                    lazy: async () => ({
                      Component: (await import("../features/invites/components/dashboard-page"))
                        .DashboardPage,
                    }),
                  },
                  {
                    path: "/clients",
                    lazy: async () => ({
                      Component: (await import("../features/clients/components/clients-page"))
                        .ClientsPage,
                    }),
                  },
                  {
                    path: "/agents",
                    lazy: async () => ({
                      Component: (await import("../features/agents/components/agents-page"))
                        .AgentsPage,
                    }),
                  },
                  {
                    path: "/clients/:clientId",
                    lazy: async () => ({
                      Component: (await import("./client-profile-route")).ClientProfileRoute,
                    }),
                  },
                  {
                    path: "/clients/:clientId/calls",
                    lazy: async () => ({
                      Component: (await import("./client-calls-routes")).ClientCallsRoute,
                    }),
                  },
                  {
                    path: "/clients/:clientId/calls/:callId",
                    lazy: async () => ({
                      Component: (await import("./client-calls-routes")).ClientCallDetailRoute,
                    }),
                  },
                  {
                    path: "/clients/:clientId/bookings",
                    lazy: async () => ({
                      Component: (await import("./client-calls-routes")).ClientBookingsRoute,
                    }),
                  },
                  {
                    // Charts (recharts) load only with this page: a chunk of its own.
                    path: "/clients/:clientId/analytics",
                    lazy: async () => ({
                      Component: (await import("./client-analytics-route")).ClientAnalyticsRoute,
                    }),
                  },
                  {
                    path: "/clients/:clientId/faqs",
                    lazy: async () => ({
                      Component: (await import("./client-agent-routes")).ClientFaqsRoute,
                    }),
                  },
                  {
                    path: "/clients/:clientId/agent",
                    lazy: async () => ({
                      Component: (await import("./client-agent-routes")).ClientAgentSettingsRoute,
                    }),
                  },
                  {
                    path: "/invites/new",
                    lazy: async () => ({
                      Component: (await import("./create-invite-route")).CreateInviteRoute,
                    }),
                  },
                  // Access pages (onboarding pages): the list, a page, and its form.
                  {
                    path: "/access-pages",
                    lazy: async () => ({
                      Component: (
                        await import("../features/onboarding-pages/components/access-pages-page")
                      ).AccessPagesPage,
                    }),
                  },
                  {
                    path: "/access-pages/new",
                    lazy: async () => ({
                      Component: (await import("./onboarding-pages-route"))
                        .OnboardingPageEditorRoute,
                    }),
                  },
                  {
                    path: "/access-pages/:pageId",
                    lazy: async () => ({
                      Component: (
                        await import("../features/onboarding-pages/components/page-detail")
                      ).PageDetailPage,
                    }),
                  },
                  {
                    path: "/access-pages/:pageId/edit",
                    lazy: async () => ({
                      Component: (await import("./onboarding-pages-route"))
                        .OnboardingPageEditorRoute,
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
                          Component: (
                            await import("../features/settings/components/general-settings-page")
                          ).GeneralSettingsPage,
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
                          Component: (
                            await import("../features/settings/components/intake-form-page")
                          ).IntakeFormPage,
                        }),
                      },
                      {
                        path: "team",
                        lazy: async () => ({
                          Component: (await import("../features/settings/components/team-page"))
                            .TeamPage,
                        }),
                      },
                      {
                        path: "agent-settings",
                        lazy: async () => ({
                          Component: (await import("./agency-agent-fields-route"))
                            .AgencyAgentFieldsRoute,
                        }),
                      },
                      // The REST API: keys and reference (issue 19, part A).
                      {
                        path: "api",
                        lazy: async () => ({
                          Component: (await import("../features/api-keys/components/api-keys-page"))
                            .ApiKeysPage,
                        }),
                      },
                      {
                        path: "api/reference",
                        lazy: async () => ({
                          Component: (
                            await import("../features/api-keys/components/api-reference-page")
                          ).ApiReferencePage,
                        }),
                      },
                      {
                        path: "webhooks",
                        lazy: async () => ({
                          Component: (await import("../features/webhooks/components/webhooks-page"))
                            .WebhooksPage,
                        }),
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        // Outside the portal's guards: opened from the mail, signed in or not.
        path: "/portal/confirm-email",
        hydrateFallbackElement: <LoadingScreen page />,
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-confirm-email-page"))
            .PortalConfirmEmailPage,
          ErrorBoundary: await portalRouteError(),
        }),
      },
      {
        // The weekly digest's unsubscribe link: signed in or not, opened from the mail.
        path: "/portal/unsubscribe",
        hydrateFallbackElement: <LoadingScreen page />,
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-unsubscribe-page"))
            .PortalUnsubscribePage,
          ErrorBoundary: await portalRouteError(),
        }),
      },
      {
        path: "/portal/join/:token",
        hydrateFallbackElement: <LoadingScreen page />,
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-join-page"))
            .PortalJoinPage,
          ErrorBoundary: await portalRouteError(),
        }),
      },
      {
        hydrateFallbackElement: <LoadingScreen page />,
        lazy: async () => ({
          Component: (await portalGuards()).PortalPublicOnly,
          ErrorBoundary: await portalRouteError(),
        }),
        children: [
          {
            // The agency's own portal address: branded before sign-in, bookmarkable.
            path: "/portal/a/:agencyId",
            lazy: async () => ({
              Component: (await import("../features/portal/components/portal-address-page"))
                .PortalAddressPage,
            }),
          },
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
        hydrateFallbackElement: <LoadingScreen page />,
        lazy: async () => ({
          Component: (await portalGuards()).RequirePortal,
          ErrorBoundary: await portalRouteError(),
        }),
        children: [
          {
            lazy: async () => ({
              Component: (await import("../features/portal/components/portal-layout")).PortalLayout,
              ErrorBoundary: await portalRouteError(),
            }),
            children: [
              {
                // A page that fails shows its error inside the portal layout.
                lazy: async () => ({ ErrorBoundary: await portalRouteError() }),
                children: [
                  {
                    path: "/portal",
                    lazy: async () => ({
                      Component: (await import("./portal-home-route")).PortalHomeRoute,
                    }),
                  },
                  {
                    path: "/portal/calls",
                    handle: { portalSection: "calls" },
                    lazy: async () => ({
                      Component: (await import("./portal-calls-routes")).PortalCallsRoute,
                    }),
                  },
                  {
                    path: "/portal/calls/:callId",
                    handle: { portalSection: "calls" },
                    lazy: async () => ({
                      Component: (await import("./portal-calls-routes")).PortalCallDetailRoute,
                    }),
                  },
                  {
                    path: "/portal/bookings",
                    handle: { portalSection: "bookings" },
                    lazy: async () => ({
                      Component: (await import("./portal-calls-routes")).PortalBookingsRoute,
                    }),
                  },
                  {
                    path: "/portal/analytics",
                    handle: { portalSection: "analytics" },
                    lazy: async () => ({
                      Component: (await import("./portal-analytics-route")).PortalAnalyticsRoute,
                    }),
                  },
                  {
                    path: "/portal/billing",
                    handle: { portalSection: "billing" },
                    lazy: async () => ({
                      Component: (await import("../features/portal/components/portal-billing-page"))
                        .PortalBillingPage,
                    }),
                  },
                  {
                    path: "/portal/billing/statements/:statementId",
                    handle: { portalSection: "billing" },
                    lazy: async () => ({
                      Component: (
                        await import("../features/portal/components/portal-statement-page")
                      ).PortalStatementPage,
                    }),
                  },
                  {
                    path: "/portal/faqs",
                    handle: { portalSection: "faqs" },
                    lazy: async () => ({
                      Component: (await import("./portal-agent-routes")).PortalFaqsRoute,
                    }),
                  },
                  {
                    path: "/portal/agent",
                    handle: { portalSection: "agentSettings" },
                    lazy: async () => ({
                      Component: (await import("./portal-agent-routes")).PortalAgentSettingsRoute,
                    }),
                  },
                  {
                    path: "/portal/settings",
                    element: <Navigate to="/portal/settings/team" replace />,
                  },
                  {
                    path: "/portal/settings/team",
                    lazy: async () => ({
                      Component: (await import("../features/portal/components/portal-team-page"))
                        .PortalTeamPage,
                    }),
                  },
                  {
                    path: "/portal/settings/profile",
                    lazy: async () => ({
                      Component: (await import("../features/portal/components/portal-profile-page"))
                        .PortalProfilePage,
                    }),
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        // Any other portal address: the portal's own page, in the client's look and language.
        path: "/portal/*",
        lazy: async () => ({
          Component: (await import("../features/portal/components/portal-not-found-page"))
            .PortalNotFoundPage,
          ErrorBoundary: await portalRouteError(),
        }),
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
