import { describe, expect, it } from "vitest";
import { serverMessage } from "./server-message";

describe("serverMessage", () => {
  it("drops the HTTP status the SDK appends", () => {
    expect(serverMessage("This link is no longer valid. [400]")).toBe(
      "This link is no longer valid.",
    );
  });
  it("keeps messages without one", () => {
    expect(serverMessage("Only owners can do this.")).toBe("Only owners can do this.");
    expect(serverMessage("Rooms [12] booked")).toBe("Rooms [12] booked");
  });
});
