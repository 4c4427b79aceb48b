import { describe, expect, it } from "vitest";
import { answerText } from "./answer-text";

describe("answerText", () => {
  it("should read yes/no answers as Yes and No", () => {
    expect(answerText(true)).toBe("Yes");
    expect(answerText(false)).toBe("No");
  });

  it("should join the choices of a multiple-choice answer", () => {
    expect(answerText(["Search", "Email"])).toBe("Search, Email");
  });

  it("should treat a missing, null, blank or empty answer as no answer", () => {
    for (const empty of [undefined, null, "", "   ", []]) expect(answerText(empty)).toBeNull();
  });

  it("should keep a text answer as typed", () => {
    expect(answerText("More bookings")).toBe("More bookings");
  });
});
