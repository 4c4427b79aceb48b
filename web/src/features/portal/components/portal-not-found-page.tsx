import { useState } from "react";
import { Link } from "react-router";
import { portalMoreStrings } from "../../../lib/portal-strings";
import { rememberedPortalLook } from "../portal-look";
import { PortalCard } from "./portal-brand";

/** Any /portal/… address the portal doesn't have: the portal's own page, in its look. */
export function PortalNotFoundPage() {
  const [look] = useState(rememberedPortalLook);
  const more = portalMoreStrings(look.locale);
  return (
    <PortalCard look={look} title={more.notFound.title}>
      <p className="muted">{more.notFound.body}</p>
      <Link to="/portal">{more.notFound.toHome}</Link>
    </PortalCard>
  );
}
