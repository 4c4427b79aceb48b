import type { AgentSettingValues } from "@portico/domain/voice/agent-settings";
import { useEffect, useState } from "react";
import { SelectField, TextField } from "../../../components/form-field";
import { listAgentVoices } from "../../../data/agent-config-repository";
import type { AgentConfigView } from "../agent-config-view";

/** The agent's voice: the platform's list when the field is editable, else its name. */
export function VoiceField({
  view,
  value,
  readOnly,
  error,
  onChange,
}: {
  view: AgentConfigView;
  value: AgentSettingValues["voice"];
  readOnly: boolean;
  error: string | undefined;
  onChange: (voice: AgentSettingValues["voice"]) => void;
}) {
  const { t } = view;
  const [voices, setVoices] = useState<{ id: string; name: string; detail: string }[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (readOnly) return;
    listAgentVoices(view.clientId).then(
      (answer) => setVoices(answer.voices),
      () => setFailed(true),
    );
  }, [readOnly, view.clientId]);
  if (readOnly || !voices) {
    return (
      <TextField
        label={t.settings.fields.voice}
        value={value?.name ?? t.settings.voiceNone}
        readOnly
        hint={failed ? t.settings.voicesFailed : readOnly ? t.settings.readOnly : undefined}
      />
    );
  }
  const options = [
    { value: "", label: t.settings.voiceNone },
    ...voices.map((voice) => ({
      value: voice.id,
      label: voice.detail ? `${voice.name} (${voice.detail})` : voice.name,
    })),
  ];
  return (
    <SelectField
      label={t.settings.fields.voice}
      options={options}
      value={value?.id ?? ""}
      error={error}
      onChange={(event) => {
        const voice = voices.find((item) => item.id === event.target.value);
        onChange(voice ? { id: voice.id, name: voice.name } : null);
      }}
    />
  );
}
