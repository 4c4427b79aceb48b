/**
 * A rendered email in a sandboxed frame, as clients will see it. Until the
 * renderer is done a placeholder of the same size holds its place; each new
 * rendering gets a new frame rather than a navigation of the old one, so the
 * frame only ever holds one finished document.
 */
export function EmailFrame({ title, html }: { title: string; html: string | null }) {
  if (!html) {
    return (
      <div className="email-preview email-preview-pending" role="status">
        Preparing the preview…
      </div>
    );
  }
  return <iframe key={html} title={title} className="email-preview" srcDoc={html} sandbox="" />;
}
