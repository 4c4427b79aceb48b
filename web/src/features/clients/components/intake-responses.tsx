import { formatDateTime } from "@portico/domain/format";
import { normalizeWebAddress } from "@portico/domain/web-address";
import {
  type IntakeResponseRow,
  useIntakeResponses,
} from "../../../data/intake-responses-repository";
import { answerText } from "./answer-text";

function responseState(response: IntakeResponseRow): string {
  return response.status === "submitted"
    ? `Submitted ${formatDateTime(response.submittedAt ?? response.updatedAt)}`
    : `In progress (saved ${formatDateTime(response.updatedAt)})`;
}

/**
 * The client's intake answers on its profile, live, one block per invite
 * (newest first): the questions as they were asked. Shown only once there
 * are responses.
 */
export function IntakeResponsesSection({
  agencyId,
  clientId,
}: {
  agencyId: string;
  clientId: string;
}) {
  const responses = useIntakeResponses(agencyId, clientId);
  if (responses.status === "error") {
    return (
      <section className="card card-wide" aria-labelledby="intake-heading">
        <h2 id="intake-heading">Intake responses</h2>
        <p role="alert">Couldn't load this client's intake responses.</p>
      </section>
    );
  }
  if (responses.status !== "ready" || responses.data.length === 0) return null;
  return (
    <section className="card card-wide" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Intake responses</h2>
      <ul className="plain-list stack">
        {responses.data.map((response) => (
          <li key={response.id} className="intake-response" data-status={response.status}>
            <p className="muted small">{responseState(response)}</p>
            <dl className="intake-answers">
              {response.questions.map((question) => {
                const text = answerText(response.answers[question.id]);
                // A URL answer opens; only a web address becomes a link (never javascript:).
                const href = question.type === "url" && text ? normalizeWebAddress(text) : null;
                return (
                  <div key={question.id} className="intake-answer">
                    <dt>{question.label}</dt>
                    <dd className={text === null ? "muted" : undefined}>
                      {href ? (
                        <a href={href} target="_blank" rel="noreferrer noopener">
                          {text}
                        </a>
                      ) : (
                        (text ?? "No answer")
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
