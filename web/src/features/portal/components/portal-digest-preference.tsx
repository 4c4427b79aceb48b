import { setDigestPreferenceCallable } from "@portico/domain/callables/digest";
import { useState } from "react";
import { Button } from "../../../components/button";
import { FormError } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { usePortalMember } from "../../../data/portal-repository";
import { call } from "../../../lib/callable";
import { digestStrings, portalMoreStrings } from "../../../lib/portal-strings";
import { usePortalSession } from "../../../lib/session";
import { usePortalLook } from "../portal-look";

/** The portal profile's weekly-email toggle (on unless the user turned it off). */
export function PortalDigestPreference() {
  const { user, portal } = usePortalSession();
  const { locale } = usePortalLook();
  const d = digestStrings(locale);
  const toast = useToast();
  const member = usePortalMember(portal.agencyId, portal.clientId, user.uid);
  const stored = member.data?.weeklyDigest !== false;
  const [choice, setChoice] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const on = choice ?? stored;
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await call(setDigestPreferenceCallable, { weeklyDigest: on });
      setChoice(null);
      toast.show(d.profile.saved, { tone: "success" });
    } catch {
      setError(portalMoreStrings(locale).team.failed);
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="card" aria-labelledby="digest-heading">
      <h2 id="digest-heading">{d.profile.title}</h2>
      <FormError>{error}</FormError>
      <label className="choice">
        <input
          type="checkbox"
          checked={on}
          disabled={member.status !== "ready" || saving}
          onChange={(event) => setChoice(event.target.checked)}
        />{" "}
        {d.profile.label}
      </label>
      <div>
        <Button
          busy={saving}
          disabled={choice === null || choice === stored}
          onClick={() => void save()}
        >
          {d.profile.save}
        </Button>
      </div>
    </section>
  );
}
