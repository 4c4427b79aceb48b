import { canManageAgency } from "@portico/domain/roles";
import { effectiveFieldAccess } from "@portico/domain/voice/agent-settings";
import { LoadingScreen } from "../components/spinner";
import { agencyAgentFieldsRef } from "../data/agent-config-repository";
import { FieldAccessEditor } from "../features/agent-config/components/field-access-editor";
import { useLiveDocument } from "../lib/live";
import { agentStrings } from "../lib/portal-strings";
import { useAgencySession } from "../lib/session";

/** Settings -> Agent settings: which agent settings clients see and edit, unless a client's profile overrides it. */
export function AgencyAgentFieldsRoute() {
  const { agency } = useAgencySession();
  const fields = useLiveDocument(agencyAgentFieldsRef(agency.agencyId));
  if (fields.status === "loading") return <LoadingScreen label="Agent settings" />;
  const access = effectiveFieldAccess(fields.data?.access, null);
  return (
    <FieldAccessEditor
      key={JSON.stringify(access)}
      t={agentStrings("en")}
      access={access}
      isOverride={false}
      disabled={!canManageAgency(agency.role)}
    />
  );
}
