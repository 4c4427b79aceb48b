import { zodResolver } from "@hookform/resolvers/zod";
import { accountSchemas } from "@portico/domain/account";
import { accountMessages } from "@portico/domain/account-messages";
import type { Locale } from "@portico/domain/i18n/locales";
import { portalAddressPath } from "@portico/domain/portal";
import { FirebaseError } from "firebase/app";
import { EmailAuthProvider, reauthenticateWithCredential, updatePassword } from "firebase/auth";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, TextField } from "../../../components/form-field";
import { useToast } from "../../../components/toast";
import { updatePortalProfile } from "../../../data/portal-repository";
import { portalMoreStrings } from "../../../lib/portal-strings";
import { applyServerErrors } from "../../../lib/server-errors";
import { usePortalSession } from "../../../lib/session";
import { usePortalTitle } from "../portal-address";
import { usePortalLook } from "../portal-look";
import { PortalDigestPreference } from "./portal-digest-preference";
import { PortalSettingsTabs } from "./portal-settings-tabs";

const nameSchema = (locale: Locale) =>
  z.object({ displayName: accountSchemas(accountMessages(locale)).personName });
const passwordSchema = (locale: Locale) => {
  const fields = accountSchemas(accountMessages(locale));
  return z.object({
    currentPassword: z.string().min(1, accountMessages(locale).enterPassword),
    newPassword: fields.password,
  });
};

function NameForm() {
  const { user } = usePortalSession();
  const { locale } = usePortalLook();
  const more = portalMoreStrings(locale);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<ReturnType<typeof nameSchema>>>({
    resolver: zodResolver(nameSchema(locale)),
    defaultValues: { displayName: user.displayName ?? "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await updatePortalProfile(values);
      // The header shows the Auth profile's name: read it again.
      await user.reload();
      toast.show(more.profilePage.saved, { tone: "success" });
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ["displayName"]));
    }
  });
  return (
    <section className="card" aria-labelledby="details-heading">
      <h2 id="details-heading">{more.profilePage.detailsTitle}</h2>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField label={more.profilePage.email} value={user.email ?? ""} readOnly />
        <TextField
          label={more.profilePage.name}
          autoComplete="name"
          error={errors.displayName?.message}
          {...register("displayName")}
        />
        <Button type="submit" busy={isSubmitting}>
          {more.profilePage.save}
        </Button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const { user } = usePortalSession();
  const { t, locale } = usePortalLook();
  const more = portalMoreStrings(locale);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<ReturnType<typeof passwordSchema>>>({
    resolver: zodResolver(passwordSchema(locale)),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      // Firebase Auth asks for a recent sign-in: the current password proves it.
      const credential = EmailAuthProvider.credential(user.email ?? "", values.currentPassword);
      await reauthenticateWithCredential(user, credential);
      await updatePassword(user, values.newPassword);
      reset({ currentPassword: "", newPassword: "" });
      toast.show(more.profilePage.passwordChanged, { tone: "success" });
    } catch (error) {
      const code = error instanceof FirebaseError ? error.code : "";
      if (code === "auth/wrong-password" || code === "auth/invalid-credential") {
        setError("currentPassword", { message: more.profilePage.wrongPassword });
      } else if (code === "auth/too-many-requests") {
        setFormError(t.signIn.tooMany);
      } else {
        setFormError(more.team.failed);
      }
    }
  });
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{more.profilePage.passwordTitle}</h2>
      <form onSubmit={onSubmit} noValidate className="stack">
        <FormError>{formError}</FormError>
        <TextField
          label={more.profilePage.currentPassword}
          type="password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...register("currentPassword")}
        />
        <TextField
          label={more.profilePage.newPassword}
          type="password"
          autoComplete="new-password"
          hint={more.profilePage.passwordHint}
          error={errors.newPassword?.message}
          {...register("newPassword")}
        />
        <Button type="submit" busy={isSubmitting}>
          {more.profilePage.changePassword}
        </Button>
      </form>
    </section>
  );
}

/** /portal/settings/profile: the user's name, password, and their portal's own address. */
export function PortalProfilePage() {
  const { portal } = usePortalSession();
  const look = usePortalLook();
  const more = portalMoreStrings(look.locale);
  usePortalTitle(more.profile, look);
  const address = `${window.location.origin}${portalAddressPath(portal.agencyId)}`;
  return (
    <div className="stack-lg portal-page">
      <PortalSettingsTabs />
      <p className="muted">{more.profilePage.intro}</p>
      <NameForm />
      <PasswordForm />
      <PortalDigestPreference />
      <section className="card" aria-labelledby="address-heading">
        <h2 id="address-heading">{more.profilePage.addressTitle}</h2>
        <p>
          <a href={address} className="break-anywhere" data-testid="portal-address">
            {address}
          </a>
        </p>
        <p className="muted small">{more.profilePage.addressHint}</p>
      </section>
    </div>
  );
}
