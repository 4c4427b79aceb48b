import { isLocale } from "@portico/domain/i18n/locales";
import { applyActionCode, checkActionCode } from "firebase/auth";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { auth } from "../../../lib/firebase";
import { fill, portalStrings } from "../../../lib/portal-strings";
import { rememberedPortalLook, rememberPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";

type Stage = { kind: "checking" } | { kind: "done"; email: string } | { kind: "invalid" };

/**
 * /portal/confirm-email?oobCode=…&lang=…: where the email-change mail leads.
 * Opening it makes the new address the portal user's sign-in.
 */
export function PortalConfirmEmailPage() {
  const [params] = useSearchParams();
  const oobCode = params.get("oobCode") ?? "";
  const [look] = useState(() => {
    const remembered = rememberedPortalLook();
    const lang = params.get("lang");
    if (!isLocale(lang)) return remembered;
    rememberPortalLook(lang, remembered.branding);
    return { ...remembered, locale: lang, t: portalStrings(lang) };
  });
  const { t } = look;
  const [stage, setStage] = useState<Stage>({ kind: "checking" });

  useEffect(() => {
    let live = true;
    (async () => {
      const info = await checkActionCode(auth, oobCode);
      await applyActionCode(auth, oobCode);
      return info.data.email ?? "";
    })().then(
      (email) => live && setStage({ kind: "done", email }),
      () => live && setStage({ kind: "invalid" }),
    );
    return () => {
      live = false;
    };
  }, [oobCode]);

  return (
    <PortalCard look={look} title={t.confirmEmail.title}>
      {stage.kind === "checking" && (
        <p role="status" className="muted">
          {t.confirmEmail.checking}
        </p>
      )}
      {stage.kind === "done" && (
        <p role="status" className="notice">
          {fill(t.confirmEmail.done, { email: stage.email })}
        </p>
      )}
      {stage.kind === "invalid" && (
        <p role="alert" className="notice">
          {t.confirmEmail.invalid}
        </p>
      )}
      {stage.kind !== "checking" && <Link to="/portal/sign-in">{t.confirmEmail.toSignIn}</Link>}
    </PortalCard>
  );
}
