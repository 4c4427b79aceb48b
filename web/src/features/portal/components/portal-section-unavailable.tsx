import { Link } from "react-router";
import { billingStrings } from "../../../lib/portal-strings";
import { usePortalTitle } from "../portal-address";
import { usePortalLook } from "../portal-look";

/** What a portal section the agency hid shows at its address: a clear page, not an error. */
export function PortalSectionUnavailable() {
  const look = usePortalLook();
  const b = billingStrings(look.locale);
  usePortalTitle(b.unavailableTitle, look);
  return (
    <div className="stack portal-page" data-testid="portal-section-unavailable">
      <h1>{b.unavailableTitle}</h1>
      <p>{b.unavailableText}</p>
      <p>
        <Link to="/portal">{b.backHome}</Link>
      </p>
    </div>
  );
}
