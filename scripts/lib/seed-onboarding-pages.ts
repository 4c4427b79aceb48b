import { paths } from "@portico/domain/paths";
import type { SeedAccount } from "./seed-invites";

/**
 * An access page (onboarding page) as createOnboardingPage stores it: the page
 * and the claim on its short address. Google Ads and Search Console to the
 * given receiving accounts; the same id every time, so seeding again rewrites it.
 */
export async function seedAccessPage(
  agencyId: string,
  accounts: SeedAccount[],
  options: {
    pageId: string;
    slug: string;
    name?: string;
    paused?: boolean;
    termsUrl?: string;
    createdBy?: { uid: string; name: string };
  },
): Promise<string> {
  const { db } = await import("../../functions/src/admin");
  const account = (kind: string) => accounts.find((candidate) => candidate.kind === kind)?.id ?? "";
  await db.doc(paths.onboardingPage(agencyId, options.pageId)).set({
    name: options.name ?? "Website CTA",
    slug: options.slug,
    services: [
      {
        serviceId: "google-ads",
        accessLevel: "standard",
        connectedAccountId: account("google-ads-manager"),
        optional: false,
      },
      {
        serviceId: "google-search-console",
        accessLevel: "full",
        connectedAccountId: account("google-account"),
        optional: true,
      },
    ],
    intakeForm: false,
    clientType: "client",
    defaultLanguage: "en",
    thankYouMessage: "",
    redirectUrl: "",
    termsUrl: options.termsUrl ?? "",
    paused: options.paused ?? false,
    createdAt: new Date(),
    createdBy: options.createdBy ?? { uid: "seed", name: "Seed" },
    updatedAt: new Date(),
  });
  await db.doc(paths.onboardingSlug(agencyId, options.slug)).set({ pageId: options.pageId });
  return options.pageId;
}
