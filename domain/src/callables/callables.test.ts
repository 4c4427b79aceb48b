import { describe, expect, it } from "vitest";
import { CALLABLES } from "../config";
import { callableList, callables } from "./index";

describe("callable contracts", () => {
  it("are each filed under their own name, once", () => {
    const names = callableList.map((contract) => contract.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [key, contract] of Object.entries(callables)) expect(contract.name).toBe(key);
  });

  it("give CALLABLES one entry per contract, name to name", () => {
    expect(CALLABLES).toEqual(
      Object.fromEntries(callableList.map((contract) => [contract.name, contract.name])),
    );
  });
});
