import { PORTAL_STATE_TONES, type PortalFields, portalState } from "@portico/domain/portal";
import { Badge } from "../../../components/badge";
import { useRerenderAt } from "../../../lib/use-now";

/**
 * A client's portal access state (portalState() from the domain). Live with
 * the client document, and it turns to Expired by itself when the
 * invitation's time is up.
 */
export function PortalStateBadge({ client }: { client: PortalFields }) {
  useRerenderAt(client.portal?.status === "invited" ? client.portal.expiresAt : null);
  const state = portalState(client, new Date());
  return (
    <span data-portal-state={state}>
      <Badge tone={PORTAL_STATE_TONES[state]}>{state}</Badge>
    </span>
  );
}
