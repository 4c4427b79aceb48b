import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byteRange, type DemoVoicePlatform, startDemoVoicePlatform } from "./platform";

describe("byteRange", () => {
  it("reads the range forms browsers send", () => {
    expect(byteRange("bytes=0-", 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange("bytes=10-19", 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange("bytes=90-500", 100)).toEqual({ start: 90, end: 99 });
  });

  it("refuses what cannot be served", () => {
    expect(byteRange("bytes=100-", 100)).toBeNull();
    expect(byteRange("bytes=20-10", 100)).toBeNull();
    expect(byteRange("items=0-1", 100)).toBeNull();
    expect(byteRange(undefined, 100)).toBeNull();
  });
});

describe("the demo voice platform", () => {
  let platform: DemoVoicePlatform;
  beforeAll(async () => {
    platform = await startDemoVoicePlatform(0);
  });
  afterAll(() => platform.close());

  it("serves a recording whole and in ranges, as Ogg audio", async () => {
    const whole = await fetch(`${platform.url}/recordings/hours-question.ogg`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("audio/ogg");
    const bytes = new Uint8Array(await whole.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("OggS");

    const part = await fetch(`${platform.url}/recordings/hours-question.ogg`, {
      headers: { range: "bytes=100-199" },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100, 200));
  });

  it("answers 404 for anything else and 416 for a range past the end", async () => {
    expect((await fetch(`${platform.url}/recordings/../package.json`)).status).toBe(404);
    expect((await fetch(`${platform.url}/recordings/missing.ogg`)).status).toBe(404);
    const past = await fetch(`${platform.url}/recordings/hours-question.ogg`, {
      headers: { range: "bytes=99999999-" },
    });
    expect(past.status).toBe(416);
  });

  it("refuses an expired recording URL, as a presigned storage URL does", async () => {
    const past = await fetch(platform.expiringUrl("hours-question", new Date(Date.now() - 1000)));
    expect(past.status).toBe(403);
    const later = await fetch(
      platform.expiringUrl("hours-question", new Date(Date.now() + 60_000)),
    );
    expect(later.status).toBe(200);
  });

  it("hands out a fresh recording URL through Retell's and Vapi's get-call APIs, for the call's key only", async () => {
    platform.knowCall("call_refresh_1", "hours-question", "key_account_1");
    const bearer = { authorization: "Bearer key_account_1" };
    const retell = await fetch(`${platform.url}/v2/get-call/call_refresh_1`, { headers: bearer });
    expect(retell.status).toBe(200);
    const { recording_url } = (await retell.json()) as { recording_url: string };
    expect((await fetch(recording_url)).status).toBe(200);
    const vapi = await fetch(`${platform.url}/call/call_refresh_1`, { headers: bearer });
    const body = (await vapi.json()) as { artifact: { recordingUrl: string } };
    expect(body.artifact.recordingUrl).toMatch(/hours-question\.ogg\?expires=\d+$/);

    const otherKey = { authorization: "Bearer key_account_2" };
    expect(
      (await fetch(`${platform.url}/v2/get-call/call_refresh_1`, { headers: otherKey })).status,
    ).toBe(404);
    expect((await fetch(`${platform.url}/v2/get-call/call_refresh_1`)).status).toBe(401);
    expect((await fetch(`${platform.url}/call/unknown`, { headers: bearer })).status).toBe(404);
  });
});
