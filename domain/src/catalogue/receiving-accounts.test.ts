import { describe, expect, it } from "vitest";
import { isPlatformId } from "./platforms";
import {
  isReceivingAccountKindId,
  parseReceivingAccountId,
  RECEIVING_ACCOUNT_KIND_IDS,
  RECEIVING_ACCOUNT_KINDS,
  type ReceivingAccountKindId,
} from "./receiving-accounts";

const GOOGLE_ADS = "Use a Google Ads customer ID like 123-456-7890.";
const META = "Use a Meta Business ID: the 15- or 16-digit number, like 1234567890123456.";
const TIKTOK = "Use a TikTok Business Center ID: 19 digits, like 7012345678901234567.";
const LINKEDIN = "Use a LinkedIn profile URL like https://www.linkedin.com/in/jane-doe.";
const X = "Use an X username like @agency: up to 15 letters, numbers or underscores.";
const SHOPIFY = "Use a Shopify Partner organization ID: numbers only, like 1234567.";
const PINTEREST = "Use a Pinterest Business ID: numbers only, like 549755885175.";
const GOOGLE_EMAIL = "Use the email address of a Google account, like marketing@agency.com.";

describe("receiving account kinds", () => {
  it.each(RECEIVING_ACCOUNT_KIND_IDS.map((id) => [id] as const))(
    "%s is described and accepts its own example",
    (id) => {
      const kind = RECEIVING_ACCOUNT_KINDS[id];
      expect(kind.id).toBe(id);
      expect(isPlatformId(kind.platform)).toBe(true);
      expect(kind.label.length).toBeGreaterThan(0);
      expect(kind.hint.length).toBeGreaterThan(20);
      expect(parseReceivingAccountId(id, kind.example)).toEqual({
        success: true,
        value: kind.example,
      });
      const refused = parseReceivingAccountId(id, "");
      expect(refused.success).toBe(false);
      expect(parseReceivingAccountId(id, 42).success).toBe(false);
    },
  );

  it("knows its ids", () => {
    expect(isReceivingAccountKindId("google-ads-manager")).toBe(true);
    expect(isReceivingAccountKindId("fax-number")).toBe(false);
  });
});

describe("parseReceivingAccountId", () => {
  const ok = (kind: ReceivingAccountKindId, input: unknown, value: string) =>
    expect(parseReceivingAccountId(kind, input)).toEqual({ success: true, value });
  const refused = (kind: ReceivingAccountKindId, input: unknown, message: string) =>
    expect(parseReceivingAccountId(kind, input)).toEqual({ success: false, message });

  it("normalises Google Ads customer IDs to 123-456-7890", () => {
    ok("google-ads-manager", "123-456-7890", "123-456-7890");
    ok("google-ads-manager", "1234567890", "123-456-7890");
    ok("google-ads-manager", " 123 456 7890 ", "123-456-7890");
    for (const bad of [
      "123-45-6789",
      "123-456-789",
      "12345678901",
      "123-4567890",
      "abc-def-ghij",
    ]) {
      refused("google-ads-manager", bad, GOOGLE_ADS);
    }
  });

  it("accepts numeric Meta Business IDs only", () => {
    ok("meta-business", "1234567890123456", "1234567890123456");
    ok("meta-business", " 123456789012345 ", "123456789012345");
    for (const bad of [
      "act_1234567890123456",
      "12345",
      "1234 5678 9012 3456",
      "0123456789012345",
    ]) {
      refused("meta-business", bad, META);
    }
  });

  it("accepts 19-digit TikTok Business Center IDs, also from a pasted address", () => {
    ok("tiktok-business-center", "7012345678901234567", "7012345678901234567");
    ok(
      "tiktok-business-center",
      "https://business.tiktok.com/manage/overview?org_id=7012345678901234567&lang=en",
      "7012345678901234567",
    );
    refused("tiktok-business-center", "701234567890123456", TIKTOK);
    refused("tiktok-business-center", "BC-7012345678901234567", TIKTOK);
  });

  it("lowercases and checks emails", () => {
    ok("google-account", "  Ads@Agency.COM ", "ads@agency.com");
    ok("klaviyo-user", "email@agency.co.uk", "email@agency.co.uk");
    refused("google-account", "ads@agency", GOOGLE_EMAIL);
    refused("google-account", "not an email", GOOGLE_EMAIL);
    refused("google-account", "", GOOGLE_EMAIL);
    expect(parseReceivingAccountId("wordpress-user", "web@").success).toBe(false);
  });

  it("normalises LinkedIn profile URLs", () => {
    const url = "https://www.linkedin.com/in/jane-doe";
    ok("linkedin-member", url, url);
    ok("linkedin-member", "linkedin.com/in/jane-doe/", url);
    ok("linkedin-member", "https://nl.linkedin.com/in/jane-doe?trk=profile", url);
    refused("linkedin-member", "https://www.linkedin.com/company/agency", LINKEDIN);
    refused("linkedin-member", "jane-doe", LINKEDIN);
    refused("linkedin-member", "https://evil.example/linkedin.com/in/jane-doe", LINKEDIN);
  });

  it("normalises X usernames to @handle", () => {
    ok("x-handle", "@agency", "@agency");
    ok("x-handle", "agency_ads", "@agency_ads");
    ok("x-handle", "https://x.com/agency", "@agency");
    ok("x-handle", "twitter.com/Agency", "@Agency");
    refused("x-handle", "@this_handle_is_too_long", X);
    refused("x-handle", "@agency!", X);
  });

  it("accepts Shopify Partner organization IDs and Partner Dashboard addresses", () => {
    ok("shopify-partner", "1234567", "1234567");
    ok("shopify-partner", "https://partners.shopify.com/1234567/stores", "1234567");
    refused("shopify-partner", "my-store.myshopify.com", SHOPIFY);
    refused("shopify-partner", "12", SHOPIFY);
  });

  it("accepts numeric Pinterest Business IDs", () => {
    ok("pinterest-business", "549755885175", "549755885175");
    refused("pinterest-business", "pinterest.com/agency", PINTEREST);
  });

  it("takes the kind or its id", () => {
    expect(
      parseReceivingAccountId(RECEIVING_ACCOUNT_KINDS["google-ads-manager"], "9876543210"),
    ).toEqual({ success: true, value: "987-654-3210" });
  });
});
