import { describe, expect, it } from "vitest";
import { sampleEventBody, WEBHOOK_EVENT_SAMPLES } from "./event-samples";
import { eventBodySchema } from "./event-schemas";
import { WEBHOOK_EVENT_TYPES } from "./events";

describe("webhook event samples", () => {
  it("has a sample for every event, and each parses with its event's schema", () => {
    expect(Object.keys(WEBHOOK_EVENT_SAMPLES).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const type of WEBHOOK_EVENT_TYPES) {
      const parsed = eventBodySchema(type).safeParse(sampleEventBody(type));
      expect(parsed.error?.issues, type).toBeUndefined();
    }
  });

  it("refuses a body its schema does not describe (the check can fail)", () => {
    const body = sampleEventBody("client.created");
    expect(
      eventBodySchema("client.created").safeParse({ ...body, type: "invite.created" }).success,
    ).toBe(false);
    const extra = { ...body, data: { ...(body.data as object), searchTokens: ["x"] } };
    expect(eventBodySchema("client.created").safeParse(extra).success).toBe(false);
  });
});
