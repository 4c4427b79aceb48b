import { paths } from "@portico/domain/paths";
import { ACTIVE_STAFF, AGENCY_ID, type Fields, rulesSuite } from "../support/rules-grid";

// Access pages (onboarding pages): the agency's staff read the pages, the
// addresses they hold and their funnels (viewers too); only functions write
// them (the callables check the role and the slug's uniqueness in a
// transaction). The daily cap and the email-to-client keys are functions'
// only. Visitors read nothing: the public page is a callable.

const AT = new Date("2026-12-07T09:00:00Z");

const pageDoc = (name: string): Fields => ({
  name,
  slug: "website-cta",
  services: [
    {
      serviceId: "google-ads",
      accessLevel: "standard",
      connectedAccountId: "account-1",
      optional: false,
    },
  ],
  intakeForm: false,
  clientType: "client",
  defaultLanguage: "en",
  thankYouMessage: "",
  redirectUrl: "",
  termsUrl: "",
  paused: false,
  createdAt: AT,
  createdBy: { uid: "owner-a", name: "Olga" },
  updatedAt: AT,
});

const pagePath = paths.onboardingPage(AGENCY_ID, "page-1");
const slugPath = paths.onboardingSlug(AGENCY_ID, "website-cta");
const statsPath = paths.onboardingPageStats(AGENCY_ID, "page-1");
const capPath = paths.onboardingCap(AGENCY_ID, "2026-12-07");
const emailPath = paths.onboardingEmail(AGENCY_ID, "a".repeat(64));

const suite = rulesSuite("demo-portico-rules-onboarding-pages", {
  seed: {
    [pagePath]: pageDoc("Website CTA"),
    [slugPath]: { pageId: "page-1" },
    [statsPath]: { views: 3, started: 2, completed: 1, clientsCreated: 2 },
    [capPath]: {
      agencyId: AGENCY_ID,
      day: "2026-12-07",
      count: 4,
      notifiedAt: null,
      expiresAt: AT,
    },
    [emailPath]: { clientId: "client-1" },
  },
});

const STAFF_READ = { get: ACTIVE_STAFF, list: ACTIVE_STAFF, create: [], update: [], delete: [] };
const NOBODY = { get: [], list: [], create: [], update: [], delete: [] };

suite.describeAccessGrid({
  title: "agencies/{agencyId}/onboardingPages/{pageId}",
  subject: { one: "an access page", new: "an access page", many: "the agency's access pages" },
  docPath: pagePath,
  collectionPath: paths.onboardingPages(AGENCY_ID),
  createPath: paths.onboardingPage(AGENCY_ID, "page-new"),
  createData: pageDoc("Planted page"),
  // Resuming a paused page, or pointing it at another account, without the callable.
  updateData: { paused: true },
  expect: STAFF_READ,
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/onboardingSlugs/{slug}",
  subject: {
    one: "the page holding an address",
    new: "an address claim",
    many: "the agency's claimed addresses",
  },
  docPath: slugPath,
  collectionPath: `${paths.agency(AGENCY_ID)}/onboardingSlugs`,
  createPath: paths.onboardingSlug(AGENCY_ID, "sales-email"),
  createData: { pageId: "page-1" },
  // Taking another page's address.
  updateData: { pageId: "page-2" },
  expect: STAFF_READ,
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/onboardingPageStats/{pageId}",
  subject: { one: "a page's funnel", new: "a page's funnel", many: "the pages' funnels" },
  docPath: statsPath,
  collectionPath: `${paths.agency(AGENCY_ID)}/onboardingPageStats`,
  createPath: paths.onboardingPageStats(AGENCY_ID, "page-new"),
  createData: { views: 100, started: 100, completed: 100, clientsCreated: 100 },
  // Inflating the conversion rate.
  updateData: { completed: 99 },
  expect: STAFF_READ,
});

suite.describeAccessGrid({
  title: "onboardingCaps/{capId}",
  subject: {
    one: "a day's client count",
    new: "a day's client count",
    many: "daily client counts",
  },
  docPath: capPath,
  collectionPath: "onboardingCaps",
  createPath: paths.onboardingCap(AGENCY_ID, "2026-12-08"),
  createData: { agencyId: AGENCY_ID, day: "2026-12-08", count: 0, notifiedAt: null, expiresAt: AT },
  // Resetting the cap.
  updateData: { count: 0 },
  expect: NOBODY,
});

suite.describeAccessGrid({
  title: "onboardingEmails/{emailId}",
  subject: {
    one: "which client holds an email",
    new: "an email's client",
    many: "emails' clients",
  },
  docPath: emailPath,
  collectionPath: "onboardingEmails",
  createPath: paths.onboardingEmail(AGENCY_ID, "b".repeat(64)),
  createData: { clientId: "client-2" },
  // Steering a visitor's invite to another client.
  updateData: { clientId: "client-2" },
  expect: NOBODY,
});
