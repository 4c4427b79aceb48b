import { fillTemplate } from "@portico/domain/access-page-model";
import { formatDateTimeInZone } from "@portico/domain/format";
import type { AgentHistoryDoc } from "@portico/domain/voice/agent-sync";
import { agentHistoryQuery } from "../../../data/agent-config-repository";
import { useLiveQuery } from "../../../lib/live";
import type { AgentStrings } from "../../../lib/portal-strings";
import { useAgentConfigView } from "../agent-config-view";

function describeChange(t: AgentStrings, change: AgentHistoryDoc["changes"][number]): string {
  const question = change.question ?? "";
  switch (change.kind) {
    case "added":
      return fillTemplate(t.history.faqAdded, { question });
    case "edited":
      return fillTemplate(t.history.faqEdited, { question });
    case "deleted":
      return fillTemplate(t.history.faqDeleted, { question });
    case "reordered":
      return t.history.faqsReordered;
    default:
      return fillTemplate(t.history.settingChanged, {
        field: change.field ? t.settings.fields[change.field].toLowerCase() : "",
      });
  }
}

/** Who changed the FAQs or settings and what, newest first (portal users: what they may see). */
export function AgentHistory({ area }: { area: "faqs" | "settings" }) {
  const view = useAgentConfigView();
  const { t } = view;
  const entries = useLiveQuery(agentHistoryQuery(view.agencyId, view.clientId, view.staff));
  const shown = (entries.data ?? []).filter((entry) => entry.area === area);
  return (
    <section className="card agent-history" aria-labelledby={`history-${area}`}>
      <h2 id={`history-${area}`}>{t.history.title}</h2>
      {entries.status === "ready" && shown.length === 0 && (
        <p className="muted">{t.history.empty}</p>
      )}
      <ul className="agent-history-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <span>
              {fillTemplate(t.history.by, {
                who: entry.by.name,
                what: entry.changes.map((change) => describeChange(t, change)).join("; "),
              })}
            </span>{" "}
            <time className="muted small" dateTime={entry.at.toISOString()}>
              {formatDateTimeInZone(entry.at, view.locale, view.timeZone)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
