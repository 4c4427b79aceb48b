import { fillTemplate } from "@portico/domain/access-page-model";
import { formatDateTimeInZone } from "@portico/domain/format";
import { Button } from "../../../components/button";
import { dismissFaqSuggestion, openSuggestionsQuery } from "../../../data/agent-config-repository";
import { useLiveQuery } from "../../../lib/live";
import { useAgentConfigView } from "../agent-config-view";

/** Questions calls' analyses say the agent could not answer: one click drafts an FAQ from one. */
export function FaqSuggestions({
  onUse,
}: {
  onUse: (suggestion: { id: string; question: string }) => void;
}) {
  const view = useAgentConfigView();
  const { t } = view;
  const suggestions = useLiveQuery(openSuggestionsQuery(view.agencyId, view.clientId));
  return (
    <section className="card" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t.suggestions.title}</h2>
      <p className="muted">{t.suggestions.intro}</p>
      {suggestions.status === "ready" && suggestions.data.length === 0 && (
        <p className="muted">{t.suggestions.empty}</p>
      )}
      <ul className="faq-suggestions">
        {(suggestions.data ?? []).map((suggestion) => (
          <li key={suggestion.id} className="faq-suggestion">
            <div>
              <p>{suggestion.question}</p>
              <p className="muted small">
                {fillTemplate(t.suggestions.asked, {
                  when: formatDateTimeInZone(suggestion.askedAt, view.locale, view.timeZone),
                })}
              </p>
            </div>
            {view.canEdit && (
              <div className="row-actions">
                <Button variant="secondary" onClick={() => onUse(suggestion)}>
                  {t.suggestions.use}
                </Button>
                <Button
                  variant="ghost"
                  onClick={() => void dismissFaqSuggestion(view.clientId, suggestion.id)}
                >
                  {t.suggestions.dismiss}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
