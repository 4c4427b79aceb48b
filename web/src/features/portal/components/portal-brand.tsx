import { type Branding, brandPalette } from "@portico/domain/branding";
import type { CSSProperties, ReactNode } from "react";
import { fill, portalMoreStrings } from "../../../lib/portal-strings";
import { usePortalTitle } from "../portal-address";
import type { PortalLook } from "../portal-look";

/**
 * The agency's colours as the page's theme variables (fills, text on them,
 * brand-coloured text and links), each text pair derived to reach WCAG AA.
 */
export function brandStyle(branding: Branding | null): CSSProperties | undefined {
  if (!branding) return undefined;
  const palette = brandPalette(branding);
  return {
    "--color-primary": palette.primary,
    "--color-primary-hover": palette.primaryHover,
    "--color-on-primary": palette.onPrimary,
    "--color-primary-text": palette.primaryText,
    "--color-accent": palette.accent,
  } as CSSProperties;
}

/** A header or card top filled with the agency's primary colour. */
export function brandFill(branding: Branding | null): CSSProperties | undefined {
  if (!branding) return undefined;
  const { primary, onPrimary } = brandPalette(branding);
  return { background: primary, color: onPrimary };
}

/** The agency's logo, or its name when it has none. */
export function BrandMark({ branding, fallback }: { branding: Branding | null; fallback: string }) {
  if (branding?.logoUrl) {
    return <img src={branding.logoUrl} alt={branding.displayName} className="portal-logo" />;
  }
  return <strong className="portal-brand-name">{branding?.displayName ?? fallback}</strong>;
}

/** The agency's contact (its reply-to address from branding), on every client page. */
export function PortalContact({
  look,
  className,
}: {
  look: Pick<PortalLook, "branding" | "locale">;
  className?: string;
}) {
  const email = look.branding?.replyTo;
  if (!email || !look.branding) return null;
  return (
    <p className={className ?? "muted small portal-contact"} data-testid="portal-contact">
      {fill(portalMoreStrings(look.locale).contact, { agency: look.branding.displayName })}{" "}
      <a href={`mailto:${email}`}>{email}</a>
    </p>
  );
}

/** A centred, branded card: the portal's signed-out pages (sign in, reset, join). */
export function PortalCard({
  look,
  title,
  children,
  footer,
}: {
  look: Pick<PortalLook, "branding" | "locale" | "t">;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { branding, t } = look;
  usePortalTitle(title, look);
  return (
    <main className="auth-page portal" lang={look.locale} style={brandStyle(branding)}>
      <div className="auth-card auth-card-branded">
        <div className="join-brand" style={brandFill(branding)}>
          <BrandMark branding={branding} fallback={t.portal} />
        </div>
        <h1 className="auth-title">{title}</h1>
        {children}
        <PortalContact look={look} />
      </div>
      {footer && <div className="auth-footer">{footer}</div>}
    </main>
  );
}
