import { assertFails } from "@firebase/rules-unit-testing";
import { publicBranding } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import { doc, getDoc } from "firebase/firestore";
import { describe, it } from "vitest";
import { ACTOR_NAMES, AGENCY_ID, OTHER_AGENCY_ID, rulesSuite } from "../support/rules-grid";

const publicPath = paths.publicBranding(AGENCY_ID);
/** paths has a helper for the one public document only; list reads the collection. */
const publicCollection = (agencyId: string) => `agencies/${agencyId}/public`;

/** What syncPublicBranding keeps: no reply-to, no footer choice. */
const branding = publicBranding(
  {
    displayName: "Agency A Studio",
    logoUrl: "https://cdn.example.com/agency-a/logo.png",
    primaryColor: "#1e3a8a",
    accentColor: "#0369a1",
    replyTo: "hello@agency-a.example",
    showPoweredBy: true,
  },
  "nl",
);

const suite = rulesSuite("demo-portico-rules-public-branding", {
  seed: {
    [publicPath]: branding,
    [paths.publicBranding(OTHER_AGENCY_ID)]: { ...branding, displayName: "Agency B" },
    // Anything else under public/ (none is written today) stays closed.
    [`${publicCollection(AGENCY_ID)}/other`]: { note: "not public" },
  },
});

suite.describeAccessGrid({
  title: "agencies/{agencyId}/public/branding",
  subject: { one: "the public branding", new: "the public branding", many: "public documents" },
  docPath: publicPath,
  collectionPath: publicCollection(AGENCY_ID),
  // The grid deletes it first: an agency whose branding was never synced.
  createPath: publicPath,
  createData: branding,
  updateData: { displayName: "Someone Else" },
  expect: {
    // The portal's address is branded before sign-in: everyone, signed in or not.
    get: ACTOR_NAMES,
    // Nobody enumerates agencies' documents; functions alone write.
    list: [],
    create: [],
    update: [],
    delete: [],
  },
});

describe("agencies/{agencyId}/public/{other}", () => {
  it.each(ACTOR_NAMES)("should not let %s read another document under public/", async (name) => {
    await assertFails(getDoc(doc(suite.db(name), `${publicCollection(AGENCY_ID)}/other`)));
  });
});
