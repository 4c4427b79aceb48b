import { type Branding, brandingSchema, defaultBranding } from "@portico/domain/branding";
import { paths } from "@portico/domain/paths";
import {
  DEFAULT_GENERAL_SETTINGS,
  type GeneralSettings,
  generalSettingsSchema,
} from "@portico/domain/settings";
import type { Transaction } from "firebase-admin/firestore";
import { db } from "../admin";
import { refs } from "../documents";

/** Branding as stored, or the defaults for an agency that has not set it. */
export async function readBranding(agencyId: string, tx?: Transaction): Promise<Branding> {
  const ref = db.doc(paths.settings(agencyId, "branding"));
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  const parsed = brandingSchema.safeParse(snapshot.data());
  if (parsed.success) return parsed.data;
  const agency = (await refs.agency(agencyId).get()).data();
  return defaultBranding(agency?.name ?? "Portico");
}

export async function readGeneralSettings(
  agencyId: string,
  tx?: Transaction,
): Promise<GeneralSettings> {
  const ref = db.doc(paths.settings(agencyId, "general"));
  const snapshot = tx ? await tx.get(ref) : await ref.get();
  const parsed = generalSettingsSchema.safeParse(snapshot.data());
  return parsed.success ? parsed.data : DEFAULT_GENERAL_SETTINGS;
}
