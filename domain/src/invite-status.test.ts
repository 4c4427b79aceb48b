import { describe, expect, it } from "vitest";
import { accessPageModel } from "./access-page";
import { servicesStillNeeded } from "./access-page-model";
import { defaultBranding } from "./branding";
import { inviteStatus, serviceStillNeeded } from "./invite-status";
import { portalInviteView } from "./portal-views";

describe("one status for an invite, everywhere the client looks", () => {
  const grantedAndSkipped = {
    services: [
      { optional: false, status: "granted" as const },
      { optional: false, status: "skipped" as const },
    ],
    intake: { status: "not_requested" as const },
  };

  it("a skipped required service keeps the request in progress, and the client can still give it", () => {
    expect(inviteStatus(grantedAndSkipped)).toBe("in_progress");
    expect(grantedAndSkipped.services.map(serviceStillNeeded)).toEqual([false, true]);
  });

  it("a skipped optional service does not: the request is complete", () => {
    expect(
      inviteStatus({
        services: [
          { optional: false, status: "granted" },
          { optional: true, status: "skipped" },
        ],
        intake: { status: "not_requested" },
      }),
    ).toBe("complete");
    expect(serviceStillNeeded({ optional: true, status: "skipped" })).toBe(false);
  });

  it("the invite page and the portal show the same status in the same words", () => {
    const status = inviteStatus(grantedAndSkipped);
    const page = accessPageModel({
      branding: defaultBranding("Northwind"),
      locale: "es",
      clientName: "Acme",
      services: [
        {
          serviceId: "google-ads",
          accessLevel: "standard",
          optional: false,
          agencyAccount: "123-456-7890",
          status: "granted",
        },
        {
          serviceId: "facebook-page",
          accessLevel: "admin",
          optional: false,
          agencyAccount: "1234",
          status: "skipped",
        },
      ],
      connectable: "all",
      intake: null,
      status,
      finish: { thankYouMessage: "", redirectUrl: "" },
    });
    const portal = portalInviteView({ status, services: [], createdAt: 0 });
    expect(page.status).toBe("in_progress");
    expect(portal.status).toBe("in_progress");
    expect(page.texts.statusLabel).toBe("En curso");
    expect(servicesStillNeeded(page).map((service) => service.serviceId)).toEqual([
      "facebook-page",
    ]);
  });
});
