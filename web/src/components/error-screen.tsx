import type { ErrorScreenTexts } from "@portico/domain/i18n/error-texts";
import { isStaleChunkError } from "../lib/report-error";

/**
 * What a person sees instead of a page that failed: a way out that works.
 * A stale chunk (the app was deployed again since the tab opened) needs a
 * reload; anything else gets a retry first.
 */
export function ErrorScreen({
  error,
  texts,
  onRetry,
  lang,
}: {
  error: unknown;
  texts: ErrorScreenTexts;
  onRetry: () => void;
  lang?: string;
}) {
  const stale = isStaleChunkError(error);
  return (
    <main className="error-screen" lang={lang}>
      <div className="error-card" role="alert">
        <h1>{stale ? texts.staleTitle : texts.title}</h1>
        <p>{stale ? texts.staleBody : texts.body}</p>
        <div className="error-actions">
          {!stale && (
            <button type="button" className="btn btn-primary" onClick={onRetry}>
              {texts.retry}
            </button>
          )}
          <button
            type="button"
            className={stale ? "btn btn-primary" : "btn btn-secondary"}
            onClick={() => window.location.reload()}
          >
            {texts.reload}
          </button>
        </div>
      </div>
    </main>
  );
}
