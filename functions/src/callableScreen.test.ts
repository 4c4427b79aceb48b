import { describe, expect, it } from "vitest";
import { MAX_CALLABLE_DEPTH, MAX_CALLABLE_NODES, screenCallableData } from "./callableScreen";

function nested(depth: number): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

describe("screenCallableData", () => {
  it("lets ordinary inputs through", () => {
    for (const data of [
      null,
      "text",
      42,
      true,
      { clientId: "MmBT4Io2yx13wzcAKl8C", metadata: [{ key: "CRM ID", value: "7" }] },
      nested(MAX_CALLABLE_DEPTH - 1),
    ]) {
      expect(screenCallableData(data)).toBeNull();
    }
  });

  it("refuses the encodings the SDK's decoder answers with internal", () => {
    expect(screenCallableData({ "@type": "type.googleapis.com/x.Unknown", value: "1" })).toMatch(
      /reserved key/,
    );
    expect(
      screenCallableData({
        n: { "@type": "type.googleapis.com/google.protobuf.Int64Value", value: "NaN" },
      }),
    ).toMatch(/reserved key/);
    expect(screenCallableData(JSON.parse('{"__proto__": {"admin": true}}'))).toMatch(/__proto__/);
  });

  it("refuses deep nesting, huge inputs and numbers that are not finite", () => {
    expect(screenCallableData(nested(5000))).toMatch(/deeply/);
    expect(screenCallableData(nested(MAX_CALLABLE_DEPTH + 1))).toMatch(/deeply/);
    expect(screenCallableData(Array.from({ length: MAX_CALLABLE_NODES + 1 }, () => 1))).toMatch(
      /too many/,
    );
    expect(screenCallableData({ n: Number.NaN })).toMatch(/finite/);
  });
});
