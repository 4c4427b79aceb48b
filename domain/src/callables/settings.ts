import { z } from "zod";
import { brandingSchema } from "../branding";
import {
  removeConnectedAccountInputSchema,
  saveConnectedAccountInputSchema,
} from "../connected-accounts";
import { intakeFormSchema } from "../intake";
import { generalSettingsSchema } from "../settings";
import { defineCallable } from "./define";

/** Each settings page saves its document whole and gets it back as stored. */
export const updateBrandingCallable = defineCallable({
  name: "updateBranding",
  caller: "manager",
  input: brandingSchema,
  output: brandingSchema,
});

export const updateGeneralSettingsCallable = defineCallable({
  name: "updateGeneralSettings",
  caller: "manager",
  input: generalSettingsSchema,
  output: generalSettingsSchema,
});

export const updateIntakeFormCallable = defineCallable({
  name: "updateIntakeForm",
  caller: "manager",
  input: intakeFormSchema,
  output: intakeFormSchema,
});

/** Settings -> Connected accounts: the agency's receiving accounts. */
export const saveConnectedAccountCallable = defineCallable({
  name: "saveConnectedAccount",
  caller: "manager",
  input: saveConnectedAccountInputSchema,
  output: z.object({ accountId: z.string() }),
});

export const removeConnectedAccountCallable = defineCallable({
  name: "removeConnectedAccount",
  caller: "manager",
  input: removeConnectedAccountInputSchema,
  output: z.object({ accountId: z.string() }),
});

export const settingsCallables = {
  updateBranding: updateBrandingCallable,
  updateGeneralSettings: updateGeneralSettingsCallable,
  updateIntakeForm: updateIntakeFormCallable,
  saveConnectedAccount: saveConnectedAccountCallable,
  removeConnectedAccount: removeConnectedAccountCallable,
};
