/** Full-area loading indicator with an accessible name. */
export function LoadingScreen({ label = "Loading" }: { label?: string }) {
  return (
    <div className="loading-screen" role="status" aria-live="polite">
      <span className="spinner spinner-large" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
