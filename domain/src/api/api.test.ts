import { describe, expect, it } from "vitest";
import { createInviteInputSchema } from "../invites";
import { apiFieldErrors } from "./errors";
import { formatApiKey, parseApiKey } from "./keys";
import { API_OPERATIONS, type ApiOperation, matchOperation } from "./operations";
import { apiUpdateClientSchema } from "./resources";
import { unknownFields } from "./unknown-fields";

const operations = API_OPERATIONS as readonly ApiOperation[];
const SECRET = "q7Xc2Jm9VbT4nRw8sLp1Kd6Hf3Gz0Ya5Ue_Ni-OtQrS";

describe("API keys", () => {
  it("reads a key's ID and secret back, and refuses anything that is not a key", () => {
    const key = formatApiKey("Kx3Tq9LmPz2Wv8RbYc4N", SECRET);
    expect(parseApiKey(key)).toEqual({ keyId: "Kx3Tq9LmPz2Wv8RbYc4N", secret: SECRET });
    for (const bad of [
      "",
      SECRET,
      `ptk_Kx3Tq9LmPz2Wv8RbYc4N${SECRET}`,
      `ptk_Kx3Tq9LmPz2Wv8RbYc4/_${SECRET}`,
      `ptk_Kx3Tq9LmPz2Wv8RbYc4N_${SECRET}x`,
      `psk_Kx3Tq9LmPz2Wv8RbYc4N_${SECRET}`,
    ]) {
      expect(parseApiKey(bad), bad).toBeNull();
    }
  });
});

describe("the operations table", () => {
  it("has one operation per method and path, each with an example its own schemas accept", () => {
    const seen = new Set(operations.map((operation) => `${operation.method} ${operation.path}`));
    expect(seen.size).toBe(operations.length);
    for (const operation of operations) {
      const response = operation.success.schema.safeParse(operation.example.response);
      expect(response.error?.issues, `${operation.id} example response`).toBeUndefined();
      if (operation.body) {
        const body = operation.body.safeParse(operation.example.body);
        expect(body.error?.issues, `${operation.id} example body`).toBeUndefined();
      }
      if (operation.query) {
        const query = operation.query.safeParse(operation.example.query ?? {});
        expect(query.error?.issues, `${operation.id} example query`).toBeUndefined();
      }
    }
  });

  it("routes a method and path to its operation, and says which methods a path allows", () => {
    const matched = matchOperation("GET", "/clients/C1/calls/abc123");
    expect(matched && "operation" in matched && matched.operation.id).toBe("getCall");
    expect(matched && "params" in matched && matched.params).toEqual({
      clientId: "C1",
      callId: "abc123",
    });
    expect(matchOperation("DELETE", "/clients/C1")).toEqual({ allowed: ["GET", "PATCH"] });
    expect(matchOperation("GET", "/nothing")).toBeNull();
  });

  it("names unknown body fields one by one", () => {
    const parsed = apiUpdateClientSchema.safeParse({ name: "Ana", nickname: "A", role: "x" });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(apiFieldErrors(parsed.error)).toEqual({
        nickname: "Unknown field: remove it.",
        role: "Unknown field: remove it.",
      });
    }
  });

  it("leaves out of an update the fields not sent (no defaults)", () => {
    expect(apiUpdateClientSchema.parse({ company: "Acme" })).toEqual({ company: "Acme" });
  });

  it("finds unknown fields inside nested objects too, leaving maps alone", () => {
    const body = {
      clientId: "C1",
      services: [
        { serviceId: "google-ads", accessLevel: "standard", connectedAccountId: "A1" },
        { serviceId: "youtube", accessLevel: "manager", connectedAccountId: "A1", colour: "red" },
      ],
      extra: 1,
    };
    expect(unknownFields(body, createInviteInputSchema.strict())).toEqual({
      "services.1.colour": "Unknown field: remove it.",
      extra: "Unknown field: remove it.",
    });
    expect(unknownFields({ metadata: { anything: "goes" } }, apiUpdateClientSchema)).toEqual({});
  });
});
