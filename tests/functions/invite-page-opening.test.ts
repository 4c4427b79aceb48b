import { createHash } from "node:crypto";
import type { AccessPageModel, UnavailablePageDetails } from "@portico/domain/access-page-model";
import { CALLABLES } from "@portico/domain/config";
import { paths } from "@portico/domain/paths";
import { describe, expect, it } from "vitest";
import { admin, callableError } from "../support/emulator-clients";
import {
  agencyId,
  createInvite,
  INTAKE_QUESTIONS,
  invitePageAgencyForThisFile,
  sessionCount,
  visitor,
} from "../support/invite-page-agency";

// The client's side of an invite, through the page's callables on the real
// emulators: no account, only the link token.

invitePageAgencyForThisFile();

describe("opening the link", () => {
  it("shows the branded page in the client's language and changes nothing", async () => {
    const { token, ref, inviteId } = await createInvite();
    const before = await ref.get();
    const activityBefore = (
      await admin().db.collection(paths.activity(agencyId)).where("inviteId", "==", inviteId).get()
    ).size;
    const sessionsBefore = await sessionCount(ref.path);

    const page = await visitor.call<AccessPageModel>(CALLABLES.openInvite, { token });
    expect(page.locale).toBe("es");
    expect(page.texts.greeting).toBe("Hola, Ana Cliente:");
    expect(
      page.services.map((service) => [service.serviceId, service.method, service.status]),
    ).toEqual([
      ["google-ads", "oauth", "pending"],
      ["google-search-console", "guided", "pending"],
      ["meta-ad-account", "oauth", "pending"],
    ]);
    // The guided steps name the agency's receiving account.
    expect(page.services[1]?.steps.join(" ")).toContain("team@agency.test");
    expect(page.intake?.questions.map((question) => question.id)).toEqual(
      INTAKE_QUESTIONS.map((q) => q.id),
    );
    // The agency's Spanish words where it gave them; the answer keeps its own option.
    expect(page.intake?.questions[2]).toMatchObject({
      label: "Presupuesto mensual",
      options: ["Under 1k", "1k-10k", "Over 10k"],
      optionLabels: ["Menos de 1k", "1k-10k", "Over 10k"],
    });
    expect(page.services[0]?.levelLabel).toBe("Estándar");

    const dutch = await visitor.call<AccessPageModel>(CALLABLES.openInvite, {
      token,
      locale: "nl",
    });
    expect(dutch.locale).toBe("nl");
    expect(dutch.intake?.questions[2]?.label).toBe("Monthly budget");
    expect(dutch.services[0]?.connectLabel).toBe("Inloggen met Google");

    const after = await ref.get();
    expect(after.updateTime?.toMillis()).toBe(before.updateTime?.toMillis());
    expect(
      (
        await admin()
          .db.collection(paths.activity(agencyId))
          .where("inviteId", "==", inviteId)
          .get()
      ).size,
    ).toBe(activityBefore);
    expect(await sessionCount(ref.path)).toBe(sessionsBefore);
  });

  it("answers an unknown, tampered or cut-short token and a removed invite with a clear page", async () => {
    const { token, ref } = await createInvite({ intake: false });
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [tampered, "x".repeat(43), token.slice(0, 20)]) {
      const error = await callableError(
        visitor.call(CALLABLES.openInvite, { token: bad, locale: "es" }),
      );
      expect(error.code).toBe("functions/not-found");
      const details = error.details as UnavailablePageDetails;
      expect(details.unavailable).toMatchObject({
        reason: "invalid",
        title: "Este enlace no es válido",
      });
    }
    // A link nobody can place: the browser's language when the client picked none.
    const unknown = await callableError(
      visitor.call(CALLABLES.openInvite, { token: tampered, fallbackLocale: "nl" }),
    );
    expect((unknown.details as UnavailablePageDetails).unavailable).toMatchObject({
      reason: "invalid",
      locale: "nl",
      title: "Deze link is niet geldig",
      agency: null,
    });
    await ref.delete();
    const removed = await callableError(visitor.call(CALLABLES.openInvite, { token }));
    expect((removed.details as UnavailablePageDetails).unavailable).toMatchObject({
      reason: "removed",
      agency: { name: expect.stringContaining("Agency") },
    });
  });

  it("an expired link says so in the client's language, with the agency's look", async () => {
    const { token } = await createInvite({ intake: false });
    await admin()
      .db.doc(paths.invitationToken(createHash("sha256").update(token).digest("hex")))
      .update({ expiresAt: new Date(Date.now() - 60_000) });
    const expired = await callableError(
      visitor.call(CALLABLES.openInvite, { token, fallbackLocale: "en" }),
    );
    expect(expired.code).toBe("functions/not-found");
    const page = (expired.details as UnavailablePageDetails).unavailable;
    expect(page).toMatchObject({
      reason: "expired",
      locale: "es",
      title: "Este enlace ya no funciona",
      agency: { name: expect.stringContaining("Agency"), primaryColor: expect.any(String) },
    });
    expect(page.body).toContain(page.agency?.name);
  });
});
