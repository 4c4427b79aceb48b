import type { AccessPageModel } from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { describe, expect, it, vi } from "vitest";
import { callableError, fieldErrors } from "../support/emulator-clients";
import {
  createInvite,
  invitePageAgencyForThisFile,
  owner,
  serviceOf,
  visitor,
} from "../support/invite-page-agency";

// The client's side of an invite, through the page's callables on the real
// emulators: no account, only the link token.

invitePageAgencyForThisFile();

describe("guided steps and skipping", () => {
  it("records I've done this as granted (client confirmed) until the agency verifies it", async () => {
    const { token, inviteId } = await createInvite();
    const page = await visitor.call<AccessPageModel>(CALLABLES.confirmService, {
      token,
      serviceId: "google-search-console",
    });
    expect(page.services[1]).toMatchObject({ status: "granted", grantedVia: "client_confirmed" });
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      grantedVia: "client_confirmed",
      verifiedAt: null,
    });
    await owner.call(CALLABLES.markServiceVerified, {
      inviteId,
      serviceId: "google-search-console",
    });
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      verifiedAt: expect.anything(),
      verifiedBy: "Otto Owner",
    });
    // Only client-confirmed grants are verified by hand.
    const pending = await callableError(
      owner.call(CALLABLES.markServiceVerified, { inviteId, serviceId: "google-ads" }),
    );
    expect(pending.code).toBe("functions/failed-precondition");
  });

  it("keeps the client's reason for skipping, and refuses an oversized one", async () => {
    const { token, inviteId } = await createInvite();
    const tooLong = await callableError(
      visitor.call(CALLABLES.skipService, {
        token,
        serviceId: "meta-ad-account",
        reason: "x".repeat(501),
      }),
    );
    expect(fieldErrors(tooLong).reason).toMatch(/500/);
    expect((await serviceOf(inviteId, "meta-ad-account"))?.status).toBe("pending");

    await visitor.call(CALLABLES.skipService, {
      token,
      serviceId: "meta-ad-account",
      reason: "We don't advertise on Meta",
    });
    expect(await serviceOf(inviteId, "meta-ad-account")).toMatchObject({
      status: "skipped",
      skipReason: "We don't advertise on Meta",
    });
  });

  it("a skipped required service keeps the request in progress on the page and the board, and the client can still give it", async () => {
    const { token, inviteId, ref } = await createInvite({ intake: false });
    await visitor.call(CALLABLES.confirmService, { token, serviceId: "google-ads" });
    const skipped = await visitor.call<AccessPageModel>(CALLABLES.skipService, {
      token,
      serviceId: "google-search-console",
      reason: "Not now",
    });
    // The optional Meta service is left waiting; the required one skipped: in progress.
    expect(skipped.status).toBe("in_progress");
    expect(skipped.texts.statusLabel).toBe("En curso");
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("in_progress"), {
      timeout: 30_000,
      interval: 150,
    });
    // Skipped once: it cannot be skipped again, but it can be given.
    const again = await callableError(
      visitor.call(CALLABLES.skipService, {
        token,
        serviceId: "google-search-console",
        reason: "",
      }),
    );
    expect(again.code).toBe("functions/failed-precondition");
    const given = await visitor.call<AccessPageModel>(CALLABLES.confirmService, {
      token,
      serviceId: "google-search-console",
    });
    expect(given.status).toBe("complete");
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      skipReason: null,
    });
    await vi.waitFor(async () => expect((await ref.get()).get("status")).toBe("complete"), {
      timeout: 30_000,
      interval: 150,
    });
  });

  it("applies two simultaneous clicks one after the other: the grant stands either way", async () => {
    const { token, inviteId } = await createInvite();
    const [confirmed, skipped] = await Promise.allSettled([
      visitor.call(CALLABLES.confirmService, { token, serviceId: "google-search-console" }),
      visitor.call(CALLABLES.skipService, {
        token,
        serviceId: "google-search-console",
        reason: "",
      }),
    ]);
    // Skip first: the required service can still be granted. Grant first: the skip is refused.
    expect(confirmed?.status).toBe("fulfilled");
    if (skipped?.status === "rejected") {
      expect((skipped.reason as { code?: string }).code).toBe("functions/failed-precondition");
    }
    expect(await serviceOf(inviteId, "google-search-console")).toMatchObject({
      status: "granted",
      skipReason: null,
    });
  });
});
