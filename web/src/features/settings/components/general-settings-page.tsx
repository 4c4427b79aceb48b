import { zodResolver } from "@hookform/resolvers/zod";
import { agencyNameSchema } from "@portico/domain/account";
import { updateGeneralSettingsCallable } from "@portico/domain/callables/settings";
import { LOCALE_LABELS, LOCALES } from "@portico/domain/i18n/locales";
import { canManageAgency } from "@portico/domain/roles";
import { generalSettingsSchema } from "@portico/domain/settings";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Button } from "../../../components/button";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { TimeZoneField } from "../../../components/time-zone-field";
import { useToast } from "../../../components/toast";
import { renameAgency, useAgency } from "../../../data/agency-repository";
import { useGeneralSettings } from "../../../data/settings-repository";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { useAgencySession } from "../../../lib/session";

const workspaceFormSchema = z.object({ name: agencyNameSchema });
type WorkspaceForm = z.input<typeof workspaceFormSchema>;

const READ_ONLY_HINT = "Only owners and admins can change this.";

function WorkspaceSection({ canEdit }: { canEdit: boolean }) {
  const { agency } = useAgencySession();
  const agencyDoc = useAgency(agency.agencyId);
  const toast = useToast();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<WorkspaceForm>({ resolver: zodResolver(workspaceFormSchema) });

  const currentName = agencyDoc.data?.name;
  useEffect(() => {
    if (currentName !== undefined) reset({ name: currentName });
  }, [currentName, reset]);

  const onSubmit = handleSubmit(async ({ name }) => {
    try {
      await renameAgency(agency.agencyId, name);
      toast.show("Workspace name saved", { tone: "success" });
    } catch {
      toast.show("Couldn't save the workspace name", { tone: "error" });
    }
  });

  return (
    <section className="card" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Workspace</h2>
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <TextField
          label="Agency name"
          disabled={!canEdit}
          hint={canEdit ? undefined : "Only owners and admins can rename the workspace."}
          error={errors.name?.message}
          {...register("name")}
        />
        {canEdit && (
          <Button type="submit" busy={isSubmitting} disabled={!isDirty}>
            Save
          </Button>
        )}
      </form>
    </section>
  );
}

type GeneralForm = z.input<typeof generalSettingsSchema>;

function PreferencesSection({ canEdit }: { canEdit: boolean }) {
  const { agency } = useAgencySession();
  const { settings } = useGeneralSettings(agency.agencyId);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<GeneralForm>({ resolver: zodResolver(generalSettingsSchema) });

  useEffect(() => {
    if (settings) reset(settings);
  }, [settings, reset]);

  if (!settings) return <LoadingScreen label="Loading settings" />;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await call(updateGeneralSettingsCallable, values);
      toast.show("Settings saved", { tone: "success" });
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <section className="card" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">Reminders, links, language and time zone</h2>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormError>{formError}</FormError>
        <TextField
          label="Reminder cooldown (hours)"
          type="number"
          inputMode="numeric"
          min={1}
          hint="How long after a reminder the next one can be sent. At least 1 hour."
          disabled={!canEdit}
          error={errors.reminderCooldownHours?.message}
          {...register("reminderCooldownHours", { valueAsNumber: true })}
        />
        <TextField
          label="Portal link lifetime (days)"
          type="number"
          inputMode="numeric"
          min={1}
          hint="How long a client portal invitation link works."
          disabled={!canEdit}
          error={errors.portalLinkLifetimeDays?.message}
          {...register("portalLinkLifetimeDays", { valueAsNumber: true })}
        />
        <SelectField
          label="Default language"
          disabled={!canEdit}
          options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_LABELS[locale] }))}
          error={errors.defaultLocale?.message}
          {...register("defaultLocale")}
        />
        <TimeZoneField
          label="Default time zone"
          disabled={!canEdit}
          hint="New clients start in it; each client's calls and bookings are shown in the client's own zone. Type a city, like Amsterdam."
          error={errors.defaultTimeZone?.message}
          {...register("defaultTimeZone")}
        />
        {canEdit ? (
          <div>
            <Button type="submit" busy={isSubmitting} disabled={!isDirty}>
              Save settings
            </Button>
          </div>
        ) : (
          <p className="muted">{READ_ONLY_HINT}</p>
        )}
      </form>
    </section>
  );
}

export function GeneralSettingsPage() {
  const { agency } = useAgencySession();
  const canEdit = canManageAgency(agency.role);
  return (
    <div className="stack-lg">
      <WorkspaceSection canEdit={canEdit} />
      <PreferencesSection canEdit={canEdit} />
    </div>
  );
}
