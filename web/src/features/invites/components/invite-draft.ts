import type { CreateInviteInput } from "@portico/domain/invites";
import { useEffect } from "react";
import type { CreateInviteForm } from "./create-invite-form";

/**
 * Create Invite's unsent choices and step, kept in the tab's sessionStorage
 * per user and workspace, so leaving the wizard (a link, Back, a reload) and
 * coming back finds it as it was. Sending or "Create another" clears it.
 */
export interface InviteDraft {
  values: CreateInviteInput;
  step: number;
}

export const inviteDraftKey = (uid: string, agencyId: string) =>
  `portico.inviteDraft.${uid}.${agencyId}`;

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be blocked (privacy settings): the wizard then simply starts empty.
    return null;
  }
}

/** The saved draft, unless the page was opened for another client (`?client=`). */
export function readInviteDraft(key: string, clientParam: string | null): InviteDraft | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as Partial<InviteDraft>;
    const values = draft.values;
    if (!values || typeof values !== "object" || !Array.isArray(values.services)) return null;
    if (clientParam && values.clientId !== clientParam) return null;
    return { values, step: typeof draft.step === "number" ? draft.step : 0 };
  } catch {
    return null;
  }
}

export function clearInviteDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Saves the form and step whenever either changes, while `enabled`. */
export function useSaveInviteDraft(
  key: string,
  form: CreateInviteForm,
  step: number,
  enabled: boolean,
): void {
  const { getValues, watch } = form;
  useEffect(() => {
    if (!enabled) return;
    const save = () => {
      const draft: InviteDraft = { values: getValues(), step };
      storage()?.setItem(key, JSON.stringify(draft));
    };
    save();
    const subscription = watch(save);
    return () => subscription.unsubscribe();
  }, [key, getValues, watch, step, enabled]);
}
