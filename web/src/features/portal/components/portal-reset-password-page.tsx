import { accountSchemas } from "@portico/domain/account";
import { accountMessages } from "@portico/domain/account-messages";
import { isLocale } from "@portico/domain/i18n/locales";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ResetPasswordForm } from "../../../components/reset-password-form";
import { portalStrings } from "../../../lib/portal-strings";
import { rememberedPortalLook, rememberPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";

/** /portal/reset-password?oobCode=…&lang=…: the portal user's reset link, in their language. */
export function PortalResetPasswordPage() {
  const [params] = useSearchParams();
  const [look] = useState(() => {
    const remembered = rememberedPortalLook();
    const lang = params.get("lang");
    if (!isLocale(lang)) return remembered;
    rememberPortalLook(lang, remembered.branding);
    return { ...remembered, locale: lang, t: portalStrings(lang) };
  });
  const { t } = look;
  return (
    <PortalCard
      look={look}
      title={t.reset.title}
      footer={<Link to="/portal/sign-in">{t.forgot.back}</Link>}
    >
      <ResetPasswordForm
        oobCode={params.get("oobCode") ?? ""}
        texts={t.reset}
        passwordSchema={accountSchemas(accountMessages(look.locale)).password}
        signInPath="/portal/sign-in"
        forgotPath="/portal/forgot-password"
      />
    </PortalCard>
  );
}
