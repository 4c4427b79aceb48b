/**
 * Client-facing mail as mail clients receive it: from the agency (its name as
 * the sender, its Reply-To), the uploaded logo as an inline attachment rather
 * than a data: URL that Gmail and Outlook drop, and no "with Portico" when
 * the agency turns it off.
 */
import { CALLABLES } from "@portico/domain/config";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  closeWebClients,
  signedInClient,
  signUpAgency,
  uniqueMarker,
  VALID_PASSWORD,
  type WebClient,
} from "../support/emulator-clients";
import { type CapturedMail, mailsTo } from "../support/mail-inbox";

/** A 1x1 PNG, as the branding page uploads it. */
const LOGO =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

let owner: WebClient;
let agencyName: string;

beforeAll(async () => {
  const email = `${uniqueMarker("brand-owner")}@brand.test`;
  agencyName = uniqueMarker("Brand Agency");
  await signUpAgency({
    displayName: "Bea Owner",
    agencyName,
    email,
    password: VALID_PASSWORD,
  });
  owner = await signedInClient(email, VALID_PASSWORD);
});

afterAll(async () => {
  await closeWebClients();
});

async function portalInvitationMail(branding: Record<string, unknown>) {
  await owner.call(CALLABLES.updateBranding, {
    displayName: "Kestrel & Co",
    primaryColor: "#1e3a8a",
    accentColor: "#0369a1",
    ...branding,
  });
  const contact = `${uniqueMarker("brand-client")}@brand.test`;
  const { clientId } = await owner.call<{ clientId: string }>(CALLABLES.createClient, {
    name: "Clara Client",
    email: contact,
    type: "client",
    language: "en",
  });
  await owner.call(CALLABLES.sendPortalInvitation, { clientId });
  return vi.waitFor(
    async () => {
      const [mail] = await mailsTo(contact);
      expect(mail).toBeDefined();
      return mail as CapturedMail;
    },
    { timeout: 30_000, interval: 150 },
  );
}

describe("branded client mail", () => {
  it("comes from the agency, answers to its Reply-To and carries the logo as an inline attachment", async () => {
    const mail = await portalInvitationMail({ logoUrl: LOGO, replyTo: "Hello@Kestrel.example" });

    expect(mail.fromName).toBe("Kestrel & Co");
    expect(mail.replyTo).toEqual(["hello@kestrel.example"]);
    const [logo] = mail.attachments;
    expect(logo?.contentType).toBe("image/png");
    expect(logo?.cid).toBeTruthy();
    expect(mail.html).toContain(`cid:${logo?.cid}`);
    expect(mail.html).not.toContain("data:image");
    expect(mail.text).toContain("Sent by Kestrel & Co with Portico.");
  });

  it('leaves out "with Portico" when the agency turns it off, and an https logo stays a link', async () => {
    const mail = await portalInvitationMail({
      logoUrl: "https://cdn.kestrel.example/logo.png",
      replyTo: "",
      showPoweredBy: false,
    });

    expect(mail.text).toContain("Sent by Kestrel & Co.");
    expect(mail.text).not.toContain("Portico.");
    expect(mail.attachments).toEqual([]);
    expect(mail.html).toContain('src="https://cdn.kestrel.example/logo.png"');
    expect(mail.replyTo).toEqual([]);
  });

  it("refuses a Reply-To that is not an address, beside the field", async () => {
    const error = await owner
      .call(CALLABLES.updateBranding, {
        displayName: "Kestrel & Co",
        primaryColor: "#1e3a8a",
        accentColor: "#0369a1",
        logoUrl: "",
        replyTo: "not an address",
      })
      .catch(
        (caught: unknown) =>
          caught as { code: string; details: { fields: Record<string, string> } },
      );
    expect(error).toMatchObject({
      code: "functions/invalid-argument",
      details: {
        fields: { replyTo: "Enter an email address like hello@agency.com, or leave it empty." },
      },
    });
  });
});
