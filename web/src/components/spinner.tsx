/**
 * Full-area loading indicator with an accessible name. `page`: it is the whole
 * page (before any layout), so it brings the main landmark and the h1 a page needs.
 */
export function LoadingScreen({
  label = "Loading",
  page = false,
}: {
  label?: string;
  page?: boolean;
}) {
  const Label = page ? "h1" : "span";
  const status = (
    <div className="loading-screen" role="status" aria-live="polite">
      <span className="spinner spinner-large" aria-hidden="true" />
      <Label className="visually-hidden">{label}</Label>
    </div>
  );
  return page ? <main className="loading-page">{status}</main> : status;
}
