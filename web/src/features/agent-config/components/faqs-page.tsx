import { fillTemplate } from "@portico/domain/access-page-model";
import { FAQ_LIMITS, type Faq, faqSetSchema } from "@portico/domain/voice/agent-faqs";
import { useState } from "react";
import { Button } from "../../../components/button";
import { FormError } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { faqsRef, saveFaqs } from "../../../data/agent-config-repository";
import { CallableError } from "../../../lib/callable";
import { useLiveDocument } from "../../../lib/live";
import { useAgentConfigView } from "../agent-config-view";
import { AgentHistory } from "./agent-history";
import { type DraftErrors, type FaqDraft, FaqEditor } from "./faq-editor";
import { FaqSuggestions } from "./faq-suggestions";
import { SyncStatus } from "./sync-status";

/** Which FAQ is open in the editor: a new one (at the end) or an existing one. */
type Editing = { index: number; draft: FaqDraft; suggestionId?: string } | null;

const newId = () => Math.random().toString(36).slice(2, 12);

/**
 * Portal -> FAQs and the agency's view of it: the ordered list, an editor,
 * reordering and deleting. Every change saves the whole set through saveFaqs
 * (validated there in the client's language) from the version on screen.
 */
export function FaqsPage() {
  const view = useAgentConfigView();
  const { t } = view;
  const toast = useToast();
  const live = useLiveDocument(faqsRef(view.agencyId, view.clientId));
  const [editing, setEditing] = useState<Editing>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
  if (live.status === "loading") return <LoadingScreen label={t.faqs.title} />;
  const faqs = live.data?.faqs ?? [];
  const version = live.data?.version ?? 0;

  async function save(next: Faq[], suggestionId?: string): Promise<boolean> {
    const checked = faqSetSchema(t).safeParse(next);
    const index = editing?.index ?? -1;
    if (!checked.success) {
      const mine = (field: string) =>
        checked.error.issues.find((issue) => issue.path[0] === index && issue.path[1] === field)
          ?.message;
      const question = mine("question");
      const answer = mine("answer");
      // A message beside a field is not repeated over the form.
      const other = checked.error.issues.find(
        (issue) =>
          issue.path[0] !== index || !["question", "answer"].includes(String(issue.path[1])),
      )?.message;
      setErrors({ question, answer, form: other });
      if (!editing) setListError(checked.error.issues[0]?.message ?? null);
      return false;
    }
    setBusy(true);
    try {
      await saveFaqs({
        clientId: view.clientId,
        baseVersion: version,
        faqs: next,
        ...(suggestionId ? { suggestionId } : {}),
      });
      toast.show(t.faqs.saved, { tone: "success" });
      setErrors({});
      setListError(null);
      return true;
    } catch (error) {
      if (error instanceof CallableError) {
        const question = error.fields[`faqs.${index}.question`];
        const answer = error.fields[`faqs.${index}.answer`];
        setErrors({ question, answer, form: question || answer ? null : error.message });
        setListError(error.message);
      } else setListError(t.errors.failed);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const move = (from: number, to: number) => {
    const next = [...faqs];
    const [item] = next.splice(from, 1);
    if (!item) return;
    next.splice(to, 0, item);
    void save(next);
  };

  return (
    <div className="stack agent-config-page">
      <header className="page-header">
        <h1>{t.faqs.title}</h1>
        <p className="muted">{t.faqs.intro}</p>
      </header>
      <SyncStatus />
      {live.status === "error" && <FormError>{t.errors.failed}</FormError>}
      <section className="card" aria-labelledby="faq-list-heading">
        <div className="section-header">
          <h2 id="faq-list-heading">{t.faqs.listLabel}</h2>
          <span className="muted small">
            {fillTemplate(t.faqs.count, { count: faqs.length, limit: FAQ_LIMITS.count })}
          </span>
        </div>
        <FormError>{editing ? null : listError}</FormError>
        {faqs.length === 0 && <p className="muted">{t.faqs.empty}</p>}
        <ol className="faq-list">
          {faqs.map((faq, index) =>
            editing?.index === index ? (
              <li key={faq.id}>
                <FaqEditor
                  t={t}
                  initial={editing.draft}
                  errors={errors}
                  busy={busy}
                  onCancel={() => setEditing(null)}
                  onSave={async (draft) => {
                    const next = faqs.map((item, at) =>
                      at === index ? { ...item, ...draft } : item,
                    );
                    if (await save(next)) setEditing(null);
                  }}
                />
              </li>
            ) : (
              <li key={faq.id} className="faq-item" data-faq-id={faq.id}>
                <h3 className="faq-question">{faq.question}</h3>
                <p className="faq-answer">{faq.answer}</p>
                {view.canEdit && (
                  <div className="row-actions">
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setErrors({});
                        setEditing({ index, draft: faq });
                      }}
                    >
                      {t.faqs.edit}
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={index === 0 || busy}
                      onClick={() => move(index, index - 1)}
                    >
                      {t.faqs.moveUp}
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={index === faqs.length - 1 || busy}
                      onClick={() => move(index, index + 1)}
                    >
                      {t.faqs.moveDown}
                    </Button>
                    <Button
                      variant="danger"
                      disabled={busy}
                      onClick={() => void save(faqs.filter((_, at) => at !== index))}
                    >
                      {t.faqs.delete}
                    </Button>
                  </div>
                )}
              </li>
            ),
          )}
        </ol>
        {view.canEdit && editing?.index === faqs.length && (
          <FaqEditor
            key={editing.suggestionId ?? "new"}
            t={t}
            initial={editing.draft}
            errors={errors}
            busy={busy}
            onCancel={() => setEditing(null)}
            onSave={async (draft) => {
              if (await save([...faqs, { id: newId(), ...draft }], editing.suggestionId))
                setEditing(null);
            }}
          />
        )}
        {view.canEdit && editing === null && faqs.length < FAQ_LIMITS.count && (
          <Button
            onClick={() => {
              setErrors({});
              setEditing({ index: faqs.length, draft: { question: "", answer: "" } });
            }}
          >
            {t.faqs.add}
          </Button>
        )}
      </section>
      <FaqSuggestions
        onUse={(suggestion) => {
          setErrors({});
          setEditing({
            index: faqs.length,
            draft: { question: suggestion.question, answer: "" },
            suggestionId: suggestion.id,
          });
        }}
      />
      <AgentHistory area="faqs" />
    </div>
  );
}
