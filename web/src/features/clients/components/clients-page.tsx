import { EmptyState } from "../../../components/empty-state";

export function ClientsPage() {
  return (
    <>
      <div className="page-header">
        <h1>Clients</h1>
      </div>
      <EmptyState title="No clients yet">
        Clients are the businesses you request account access from. They will be listed here.
      </EmptyState>
    </>
  );
}
