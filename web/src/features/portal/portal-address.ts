import { portalAddressPath } from "@portico/domain/portal";
import { useEffect } from "react";
import { fill, portalMoreStrings } from "../../lib/portal-strings";
import type { PortalLook } from "./portal-look";

const AGENCY_KEY = "portico.portalAgency";

/** Remembers whose portal this browser uses, so signing out comes back to its address. */
export function rememberPortalAgency(agencyId: string): void {
  localStorage.setItem(AGENCY_KEY, agencyId);
}

/**
 * Where a signed-out client signs in: their agency's portal address when this
 * browser has seen it, else the portal's plain sign-in page.
 */
export function portalSignInPath(): string {
  const agencyId = localStorage.getItem(AGENCY_KEY);
  if (!agencyId) return "/portal/sign-in";
  try {
    return portalAddressPath(encodeURIComponent(agencyId));
  } catch {
    return "/portal/sign-in";
  }
}

/** The tab's title: the page, then the agency ("Team · Lantern Studio"). */
export function usePortalTitle(page: string, look: Pick<PortalLook, "branding" | "locale" | "t">) {
  const agency = look.branding?.displayName ?? look.t.portal;
  const title = fill(portalMoreStrings(look.locale).pageTitle, { page, agency });
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}
