import { Link } from "react-router";

export function NotFoundPage() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1 className="auth-title">Page not found</h1>
        <p className="muted">There's nothing at this address.</p>
        <Link to="/">Go to Portico</Link>
      </div>
    </main>
  );
}
