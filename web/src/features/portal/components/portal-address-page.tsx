import { brandingFromPublic, type PublicBranding } from "@portico/domain/branding";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { LoadingScreen } from "../../../components/spinner";
import { fill, portalMoreStrings, portalStrings } from "../../../lib/portal-strings";
import { readPublicBranding } from "../api/public-branding";
import { rememberPortalAgency } from "../portal-address";
import { type PortalLook, rememberedPortalLook, rememberPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";
import { PortalSignInPage } from "./portal-sign-in-page";

type Loaded = { status: "loading" } | { status: "ready"; branding: PublicBranding | null };

/**
 * /portal/a/:agencyId: the agency's own portal address, stable and
 * bookmarkable (the welcome email gives it). It is branded before sign-in
 * from the agency's public branding, and this browser remembers it, so the
 * portal's other signed-out pages and signing out come back to it.
 */
export function PortalAddressPage() {
  const { agencyId = "" } = useParams();
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });

  useEffect(() => {
    let current = true;
    readPublicBranding(agencyId)
      .catch(() => null)
      .then((branding) => current && setLoaded({ status: "ready", branding }));
    return () => {
      current = false;
    };
  }, [agencyId]);

  if (loaded.status === "loading") return <LoadingScreen />;
  if (!loaded.branding) return <UnknownAddress />;
  return <BrandedSignIn agencyId={agencyId} branding={loaded.branding} />;
}

function BrandedSignIn({ agencyId, branding }: { agencyId: string; branding: PublicBranding }) {
  const [look] = useState<PortalLook>(() => {
    // The client's own language when this browser knows it for this agency, else the agency's.
    const remembered = rememberedPortalLook();
    const sameAgency = remembered.branding?.displayName === branding.displayName;
    const locale = sameAgency ? remembered.locale : branding.language;
    const full = brandingFromPublic(branding);
    // Keep the reply-to address this browser already knows (the public branding has none).
    if (sameAgency && remembered.branding) full.replyTo = remembered.branding.replyTo;
    return { locale, t: portalStrings(locale), branding: full };
  });
  useEffect(() => {
    rememberPortalAgency(agencyId);
    rememberPortalLook(look.locale, look.branding);
  }, [agencyId, look]);
  const more = portalMoreStrings(look.locale);
  return (
    <PortalSignInPage
      look={look}
      title={fill(more.address.signInTitle, { agency: branding.displayName })}
    />
  );
}

function UnknownAddress() {
  const [look] = useState(rememberedPortalLook);
  const more = portalMoreStrings(look.locale);
  return (
    <PortalCard look={look} title={more.address.unknownTitle}>
      <p className="muted">{more.address.unknownBody}</p>
      <Link to="/portal/sign-in">{look.t.join.toSignIn}</Link>
    </PortalCard>
  );
}
