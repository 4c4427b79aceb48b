import { timeZoneChoices } from "@portico/domain/time-zones";
import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TimeZoneField } from "./time-zone-field";

describe("TimeZoneField", () => {
  it("paints without labelling every zone, then suggests them all, once per session", async () => {
    const first = render(<TimeZoneField label="Time zone" name="timeZone" />);
    const options = () => first.container.querySelectorAll("datalist option");
    // Opening a form must not wait for ~420 zone labels (an Intl formatter each: the Edit click's INP).
    expect(options()).toHaveLength(0);
    await waitFor(() => expect(options()).toHaveLength(timeZoneChoices().length));
    expect(screen.getByRole("combobox", { name: /time zone/i })).toBeTruthy();
    expect([...options()].map((option) => option.textContent)).toContain(
      "Europe/Amsterdam (GMT+1)",
    );

    // A second form reuses the labels: all suggestions in its first render.
    const second = render(<TimeZoneField label="Client time zone" name="clientZone" />);
    expect(second.container.querySelectorAll("datalist option")).toHaveLength(
      timeZoneChoices().length,
    );
  });
});
