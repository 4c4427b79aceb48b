import { formatDate } from "@portico/domain/format";
import { DEFAULT_GENERAL_SETTINGS } from "@portico/domain/settings";
import { useMemo } from "react";
import { DataTable } from "../../../components/data-table";
import { clientInvitesQuery, type InviteRow } from "../../../data/invites-repository";
import { useConnectedAccountIds, useGeneralSettings } from "../../../data/settings-repository";
import { useLiveQuery } from "../../../lib/live";
import { InviteColumnContextProvider, inviteColumns } from "./invite-columns";
import { serviceName } from "./invite-status";

/**
 * A client's invites on its profile, live: the invite history (same columns
 * and actions as the board) and the accounts the client has granted so far.
 */
export function ClientInviteSections({
  agencyId,
  clientId,
  canEdit,
}: {
  agencyId: string;
  clientId: string;
  canEdit: boolean;
}) {
  const { settings } = useGeneralSettings(agencyId);
  const cooldownHours =
    settings?.reminderCooldownHours ?? DEFAULT_GENERAL_SETTINGS.reminderCooldownHours;
  const invites = useLiveQuery(
    useMemo(() => clientInvitesQuery(agencyId, clientId), [agencyId, clientId]),
  );
  const connectedAccountIds = useConnectedAccountIds(agencyId);
  const columnContext = useMemo(
    () => ({ agencyId, canEdit, cooldownHours, connectedAccountIds }),
    [agencyId, canEdit, cooldownHours, connectedAccountIds],
  );
  const rows = invites.data ?? [];

  return (
    <>
      <section className="card" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Granted access</h2>
        <GrantedServices invites={rows} />
      </section>
      <section className="card card-wide" aria-labelledby="invites-heading">
        <h2 id="invites-heading">Invite history</h2>
        {invites.status === "loading" && <p className="muted">Loading invites…</p>}
        {invites.status === "error" && <p role="alert">Couldn't load this client's invites.</p>}
        {invites.status === "ready" && rows.length === 0 && (
          <p className="muted">No invites yet.</p>
        )}
        {rows.length > 0 && (
          <InviteColumnContextProvider value={columnContext}>
            <DataTable
              label="Invite history"
              columns={inviteColumns(false)}
              data={rows}
              getRowId={(row) => row.id}
            />
          </InviteColumnContextProvider>
        )}
      </section>
    </>
  );
}

/**
 * Every service the client has granted, newest invite first, once per
 * service: the client's own account where the sign-in named it, and the
 * agency account that received access.
 */
function GrantedServices({ invites }: { invites: InviteRow[] }) {
  const granted = new Map<
    string,
    { clientAccount: string | null; account: string; at: Date | null; unverified: boolean }
  >();
  for (const invite of invites) {
    for (const service of invite.services) {
      if (service.status !== "granted" || granted.has(service.serviceId)) continue;
      granted.set(service.serviceId, {
        clientAccount: service.grantedAccount?.name ?? null,
        account: service.connectedAccount.label ?? service.connectedAccount.value ?? "",
        at: service.statusChangedAt,
        unverified: service.grantedVia === "client_confirmed" && service.verifiedAt === null,
      });
    }
  }
  if (granted.size === 0) {
    return <p className="muted">Services this client grants through invites show here.</p>;
  }
  return (
    <ul className="plain-list stack-sm">
      {[...granted].map(([serviceId, { clientAccount, account, at, unverified }]) => (
        <li key={serviceId}>
          <strong>{serviceName(serviceId)}</strong>
          {clientAccount && <span>: {clientAccount}</span>}
          {account && <span className="muted"> → {account}</span>}
          {unverified && <span className="muted small"> · client confirmed, not verified yet</span>}
          {at && <span className="muted small"> · {formatDate(at)}</span>}
        </li>
      ))}
    </ul>
  );
}
