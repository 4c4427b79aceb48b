import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SettleTogether, useSettled } from "./settle-together";

let settle: Record<string, () => void> = {};

function Section({ name }: { name: string }) {
  const [ready, setReady] = useState(false);
  settle[name] = () => setReady(true);
  useSettled(ready);
  return <p>{ready ? `${name} ready` : `${name} loading`}</p>;
}

afterEach(() => {
  settle = {};
  vi.useRealTimers();
});

describe("SettleTogether", () => {
  it("shows the sections only once every one has its data, all at once", () => {
    render(
      <SettleTogether fallback={<p>Loading page</p>}>
        <Section name="Overview" />
        <Section name="Requests" />
      </SettleTogether>,
    );
    const overview = () => screen.getByText(/^Overview/);
    expect(screen.getByText("Loading page")).toBeTruthy();
    expect(overview().closest("[hidden]")).not.toBeNull();

    act(() => settle.Requests?.());
    expect(overview().closest("[hidden]")).not.toBeNull();

    act(() => settle.Overview?.());
    expect(screen.queryByText("Loading page")).toBeNull();
    expect(overview().closest("[hidden]")).toBeNull();
    expect(screen.getByText("Requests ready").closest("[hidden]")).toBeNull();
  });

  it("shows what there is after the time limit when a section never loads", () => {
    vi.useFakeTimers();
    render(
      <SettleTogether fallback={<p>Loading page</p>} timeoutMs={1000}>
        <Section name="Overview" />
      </SettleTogether>,
    );
    expect(screen.getByText("Overview loading").closest("[hidden]")).not.toBeNull();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText("Overview loading").closest("[hidden]")).toBeNull();
  });
});
