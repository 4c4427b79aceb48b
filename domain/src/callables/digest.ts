import { z } from "zod";
import { setDigestPreferenceInputSchema, unsubscribeDigestInputSchema } from "../digest";
import { defineCallable } from "./define";

/** The portal profile's weekly-email toggle. */
export const setDigestPreferenceCallable = defineCallable({
  name: "setDigestPreference",
  caller: "portalUser",
  input: setDigestPreferenceInputSchema,
  output: z.object({ weeklyDigest: z.boolean() }),
});

/** The digest's one-click unsubscribe (signed link, no sign-in). */
export const unsubscribeDigestCallable = defineCallable({
  name: "unsubscribeDigest",
  caller: "anyone",
  input: unsubscribeDigestInputSchema,
  output: z.object({ done: z.boolean() }),
});

export const digestCallables = {
  setDigestPreference: setDigestPreferenceCallable,
  unsubscribeDigest: unsubscribeDigestCallable,
};
