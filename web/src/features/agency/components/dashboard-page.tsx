import { EmptyState } from "../../../components/empty-state";
import { useAgencySession } from "../../auth/api/session";
import { useAgency } from "../api/agency-repository";

export function DashboardPage() {
  const { user, agency } = useAgencySession();
  const agencyDoc = useAgency(agency.agencyId);
  const firstName = (user.displayName ?? "").split(" ")[0];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Dashboard</h1>
          <p className="muted">
            {firstName ? `Welcome, ${firstName}. ` : ""}
            {agencyDoc.data ? `This is ${agencyDoc.data.name}'s live board.` : ""}
          </p>
        </div>
      </div>
      <EmptyState title="No access requests yet">
        Every invite you send to a client will appear here and update live as the client grants
        access.
      </EmptyState>
    </>
  );
}
