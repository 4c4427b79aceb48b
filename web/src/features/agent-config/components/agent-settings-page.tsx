import { fillTemplate } from "@portico/domain/access-page-model";
import { fieldErrorsOf } from "@portico/domain/validation";
import {
  AFTER_HOURS_BEHAVIOURS,
  AGENT_FIELDS,
  type AgentField,
  type AgentSettingValues,
  agentSettingsChangesSchema,
  DEFAULT_AGENT_SETTINGS,
  DEFAULT_FIELD_ACCESS,
  effectiveFieldAccess,
  type FieldAccessMap,
  settingValues,
} from "@portico/domain/voice/agent-settings";
import { useState } from "react";
import { Button } from "../../../components/button";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import {
  agencyAgentFieldsRef,
  agentSettingsRef,
  portalAgentSettingsRef,
  saveAgentSettings,
} from "../../../data/agent-config-repository";
import { CallableError } from "../../../lib/callable";
import { useLiveDocument } from "../../../lib/live";
import { type AgentConfigView, useAgentConfigView } from "../agent-config-view";
import { AgentHistory } from "./agent-history";
import { BusinessHoursEditor } from "./business-hours-editor";
import { FieldAccessEditor } from "./field-access-editor";
import { SyncStatus } from "./sync-status";
import { VoiceField } from "./voice-field";

interface Loaded {
  values: Partial<AgentSettingValues>;
  visible: AgentField[];
  editable: AgentField[];
  version: number;
  access: FieldAccessMap;
  isOverride: boolean;
}

/** Staff read the settings themselves; portal users their projection (visible fields only). */
function useSettings(view: AgentConfigView): Loaded | "loading" | "error" {
  const staffDoc = useLiveDocument(
    view.staff ? agentSettingsRef(view.agencyId, view.clientId) : null,
  );
  const agencyDefault = useLiveDocument(view.staff ? agencyAgentFieldsRef(view.agencyId) : null);
  const portalDoc = useLiveDocument(
    view.staff ? null : portalAgentSettingsRef(view.agencyId, view.clientId),
  );
  if (view.staff) {
    if (staffDoc.status === "error" || agencyDefault.status === "error") return "error";
    if (staffDoc.status === "loading" || agencyDefault.status === "loading") return "loading";
    const access = effectiveFieldAccess(agencyDefault.data?.access, staffDoc.data?.fieldAccess);
    return {
      values: settingValues(staffDoc.data ?? undefined),
      visible: [...AGENT_FIELDS],
      editable: view.canEdit ? [...AGENT_FIELDS] : [],
      version: staffDoc.data?.version ?? 0,
      access,
      isOverride: Boolean(staffDoc.data?.fieldAccess),
    };
  }
  if (portalDoc.status === "error") return "error";
  if (portalDoc.status === "loading") return "loading";
  const projection = portalDoc.data;
  // No projection yet: nothing was saved for this client; the defaults apply.
  const values = projection?.values ?? DEFAULT_AGENT_SETTINGS;
  const visible = projection
    ? AGENT_FIELDS.filter((field) => field in projection.values)
    : AGENT_FIELDS.filter((field) => DEFAULT_FIELD_ACCESS[field].visible);
  const editable = projection
    ? projection.editable
    : AGENT_FIELDS.filter((field) => DEFAULT_FIELD_ACCESS[field].editable);
  return {
    values,
    visible,
    editable,
    version: projection?.version ?? 0,
    access: DEFAULT_FIELD_ACCESS,
    isOverride: false,
  };
}

/**
 * Portal -> Agent settings and the agency's view of it: greeting, business
 * hours and closures, transfer number, after-hours behaviour and voice. Only
 * fields the client may see are shown, and only editable ones can change;
 * saving sends the changed fields (validated again by saveAgentSettings).
 */
export function AgentSettingsPage() {
  const view = useAgentConfigView();
  const { t } = view;
  const toast = useToast();
  const loaded = useSettings(view);
  const [draft, setDraft] = useState<Partial<AgentSettingValues> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (loaded === "loading") return <LoadingScreen label={t.settings.title} />;
  if (loaded === "error") return <FormError>{t.errors.failed}</FormError>;
  const values = { ...loaded.values, ...draft };
  const editable = (field: AgentField) => loaded.editable.includes(field);
  const shown = (field: AgentField) => loaded.visible.includes(field);
  const set = (changes: Partial<AgentSettingValues>) => setDraft({ ...draft, ...changes });
  const fieldError = (field: AgentField) =>
    Object.entries(errors).find(([key]) => key === field || key.startsWith(`${field}.`))?.[1];
  const hoursErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([key]) => key.startsWith("businessHours."))
      .map(([key, message]) => [key.slice("businessHours.".length), message]),
  );

  const submit = async () => {
    const changes = Object.fromEntries(
      Object.entries(draft ?? {}).filter(([field]) => editable(field as AgentField)),
    );
    const checked = agentSettingsChangesSchema(t).safeParse(changes);
    if (!checked.success) {
      setErrors(fieldErrorsOf(checked.error));
      return;
    }
    setBusy(true);
    setFormError(null);
    try {
      await saveAgentSettings({ clientId: view.clientId, baseVersion: loaded.version, changes });
      setDraft(null);
      setErrors({});
      toast.show(t.settings.saved, { tone: "success" });
    } catch (error) {
      if (error instanceof CallableError) {
        setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([key, message]) => [
              key.replace(/^changes\./, ""),
              message,
            ]),
          ),
        );
        setFormError(error.message);
      } else setFormError(t.errors.failed);
    } finally {
      setBusy(false);
    }
  };

  const anyEditable = loaded.visible.some(editable);
  return (
    <div className="stack agent-config-page">
      <header className="page-header">
        <h1>{t.settings.title}</h1>
        <p className="muted">{t.settings.intro}</p>
      </header>
      <SyncStatus />
      <form
        className="card stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <FormError>{formError}</FormError>
        {!anyEditable && <p className="muted">{t.settings.nothingToEdit}</p>}
        {shown("greeting") && (
          <TextField
            label={t.settings.fields.greeting}
            name="greeting"
            hint={editable("greeting") ? t.settings.greetingHint : t.settings.readOnly}
            value={values.greeting ?? ""}
            readOnly={!editable("greeting")}
            error={fieldError("greeting")}
            maxLength={600}
            onChange={(event) => set({ greeting: event.target.value })}
          />
        )}
        {shown("businessHours") && values.businessHours && (
          <fieldset className="field">
            <legend className="field-label">{t.settings.fields.businessHours}</legend>
            <p className="field-hint">
              {editable("businessHours")
                ? fillTemplate(t.settings.hoursHint, { zone: view.timeZone ?? "UTC" })
                : t.settings.readOnly}
            </p>
            <BusinessHoursEditor
              t={t}
              value={values.businessHours}
              readOnly={!editable("businessHours")}
              errors={hoursErrors}
              onChange={(businessHours) => set({ businessHours })}
            />
          </fieldset>
        )}
        {shown("transferNumber") && (
          <TextField
            label={t.settings.fields.transferNumber}
            name="transferNumber"
            type="tel"
            autoComplete="off"
            hint={editable("transferNumber") ? t.settings.transferHint : t.settings.readOnly}
            value={values.transferNumber ?? ""}
            readOnly={!editable("transferNumber")}
            error={fieldError("transferNumber")}
            onChange={(event) => set({ transferNumber: event.target.value })}
          />
        )}
        {shown("afterHours") && (
          <SelectField
            label={t.settings.fields.afterHours}
            name="afterHours"
            options={AFTER_HOURS_BEHAVIOURS.map((value) => ({
              value,
              label: t.settings.afterHoursOptions[value],
            }))}
            value={values.afterHours ?? "message"}
            disabled={!editable("afterHours")}
            error={fieldError("afterHours")}
            onChange={(event) =>
              set({ afterHours: event.target.value as AgentSettingValues["afterHours"] })
            }
          />
        )}
        {shown("voice") && (
          <VoiceField
            view={view}
            value={values.voice ?? null}
            readOnly={!editable("voice")}
            error={fieldError("voice")}
            onChange={(voice) => set({ voice })}
          />
        )}
        {anyEditable && (
          <div className="form-actions">
            <Button type="submit" busy={busy} disabled={!draft}>
              {t.settings.save}
            </Button>
          </div>
        )}
      </form>
      {view.staff && (
        <FieldAccessEditor
          key={JSON.stringify(loaded.access)}
          t={t}
          clientId={view.clientId}
          access={loaded.access}
          isOverride={loaded.isOverride}
          disabled={!view.canEdit}
        />
      )}
      <AgentHistory area="settings" />
    </div>
  );
}
