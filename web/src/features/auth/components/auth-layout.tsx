import type { ReactNode } from "react";
import { Link } from "react-router";

/** Centered card for the signed-out pages. */
export function AuthLayout({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        {/* Named by its text, so the name starts with what it shows (WCAG 2.5.3). */}
        <Link to="/" className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          Portico <span className="visually-hidden">home</span>
        </Link>
        <h1 className="auth-title">{title}</h1>
        {children}
      </div>
      {footer && <div className="auth-footer">{footer}</div>}
    </main>
  );
}
