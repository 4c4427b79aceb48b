import { describe, expect, it } from "vitest";
import { resolvePortalSections, setPortalSectionsInputSchema } from "./portal-sections";

describe("portal sections", () => {
  it("shows the agent's sections once the client has a connection, Billing once it has a plan", () => {
    expect(resolvePortalSections([], { hasAgentConnection: false, hasBillingPlan: false })).toEqual(
      {
        calls: false,
        bookings: false,
        analytics: false,
        faqs: false,
        agentSettings: false,
        billing: false,
      },
    );
    expect(resolvePortalSections([], { hasAgentConnection: true, hasBillingPlan: true })).toEqual({
      calls: true,
      bookings: true,
      analytics: true,
      faqs: true,
      agentSettings: true,
      billing: true,
    });
  });

  it("hides what the agency hid", () => {
    const shown = resolvePortalSections(["billing", "faqs"], {
      hasAgentConnection: true,
      hasBillingPlan: true,
    });
    expect(shown.billing).toBe(false);
    expect(shown.faqs).toBe(false);
    expect(shown.calls).toBe(true);
  });

  it("accepts known sections only, in a stable order without repeats", () => {
    expect(
      setPortalSectionsInputSchema.parse({
        clientId: "c1",
        hidden: ["billing", "calls", "billing"],
      }).hidden,
    ).toEqual(["calls", "billing"]);
    expect(
      setPortalSectionsInputSchema.safeParse({ clientId: "c1", hidden: ["nope"] }).success,
    ).toBe(false);
  });
});
