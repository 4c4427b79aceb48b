import { type BusinessHours, DEFAULT_BUSINESS_HOURS } from "@portico/domain/voice/business-hours";
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { agentStrings } from "../../../lib/portal-strings";
import { BusinessHoursEditor } from "./business-hours-editor";

function editor(readOnly = false) {
  const onChange = vi.fn<(next: BusinessHours) => void>();
  render(
    <BusinessHoursEditor
      t={agentStrings("en")}
      value={DEFAULT_BUSINESS_HOURS}
      onChange={onChange}
      readOnly={readOnly}
      errors={{ "weekly.tue.0.closes": "Closes before it opens." }}
    />,
  );
  return onChange;
}

describe("BusinessHoursEditor", () => {
  it("changes the one edge of the one range that was edited", () => {
    const onChange = editor();
    fireEvent.change(screen.getByLabelText("Monday 1: Closes"), { target: { value: "18:30" } });
    fireEvent.change(screen.getByLabelText("Friday 1: Opens"), { target: { value: "08:00" } });
    const [[closesLater], [opensEarlier]] = onChange.mock.calls as [
      [BusinessHours],
      [BusinessHours],
    ];
    expect(closesLater.weekly.mon).toEqual([{ opens: "09:00", closes: "18:30" }]);
    expect(closesLater.weekly.tue).toEqual([{ opens: "09:00", closes: "17:00" }]);
    expect(opensEarlier.weekly.fri).toEqual([{ opens: "08:00", closes: "17:00" }]);
    // The day's message stands beside its day.
    expect(screen.getByRole("alert").textContent).toBe("Closes before it opens.");
  });

  it("offers no buttons and keeps the times read-only when the agency says so", () => {
    editor(true);
    expect(screen.getByLabelText("Monday 1: Opens").hasAttribute("readonly")).toBe(true);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
