import { type Branding, brandingSchema, defaultBranding } from "@portico/domain/branding";
import { connectedAccountDocSchema } from "@portico/domain/connected-accounts";
import { EMPTY_INTAKE_FORM, type IntakeForm, intakeFormSchema } from "@portico/domain/intake";
import { paths } from "@portico/domain/paths";
import {
  DEFAULT_GENERAL_SETTINGS,
  type GeneralSettings,
  generalSettingsSchema,
} from "@portico/domain/settings";
import { invitationDocSchema } from "@portico/domain/team";
import { collection, doc, orderBy, query, where } from "firebase/firestore";
import { useMemo } from "react";
import { schemaConverter } from "../lib/converters";
import { db } from "../lib/firestore";
import { useLiveDocument, useLiveQuery } from "../lib/live";

const brandingConverter = schemaConverter(brandingSchema);
const generalConverter = schemaConverter(generalSettingsSchema);
const invitationConverter = schemaConverter(invitationDocSchema);
const connectedAccountConverter = schemaConverter(connectedAccountDocSchema);
const intakeFormConverter = schemaConverter(intakeFormSchema);

export function useBranding(agencyId: string, agencyName: string) {
  const state = useLiveDocument(
    doc(db, paths.settings(agencyId, "branding")).withConverter(brandingConverter),
  );
  // One object per name: previews re-render their email when branding changes identity.
  const fallback = useMemo(() => defaultBranding(agencyName), [agencyName]);
  const branding: Branding | null = state.status === "ready" ? (state.data ?? fallback) : null;
  return { ...state, branding };
}

export function useGeneralSettings(agencyId: string) {
  const state = useLiveDocument(
    doc(db, paths.settings(agencyId, "general")).withConverter(generalConverter),
  );
  const settings: GeneralSettings | null =
    state.status === "ready" ? (state.data ?? DEFAULT_GENERAL_SETTINGS) : null;
  return { ...state, settings };
}

/** Pending invitations, newest first (accepted ones appear as members). */
export function usePendingInvitations(agencyId: string) {
  return useLiveQuery(
    query(
      collection(db, paths.invitations(agencyId)).withConverter(invitationConverter),
      where("status", "==", "pending"),
      orderBy("createdAt", "desc"),
    ),
  );
}

/** The agency's receiving accounts, oldest first (a few dozen at most). */
export function useConnectedAccounts(agencyId: string) {
  return useLiveQuery(
    query(
      collection(db, paths.connectedAccounts(agencyId)).withConverter(connectedAccountConverter),
      orderBy("createdAt", "asc"),
    ),
  );
}

/**
 * The ids of the agency's connected accounts, live; null while loading. The
 * board flags open invites whose services wait on an account not in it.
 */
export function useConnectedAccountIds(agencyId: string): ReadonlySet<string> | null {
  const accounts = useConnectedAccounts(agencyId);
  const key = accounts.data?.map((account) => account.id).join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the ids, so the set changes only when they do.
  return useMemo(
    () => (accounts.data ? new Set(accounts.data.map((account) => account.id)) : null),
    [key],
  );
}

export function useIntakeForm(agencyId: string) {
  const state = useLiveDocument(
    doc(db, paths.settings(agencyId, "intakeForm")).withConverter(intakeFormConverter),
  );
  const form: IntakeForm | null =
    state.status === "ready" ? (state.data ?? EMPTY_INTAKE_FORM) : null;
  return { ...state, form };
}
