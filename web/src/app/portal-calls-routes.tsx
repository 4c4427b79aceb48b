import type { ReactNode } from "react";
import { CallsViewContext } from "../features/calls/calls-view";
import { BookingsPage } from "../features/calls/components/bookings-page";
import { CallDetailPage } from "../features/calls/components/call-detail-page";
import { CallsPage } from "../features/calls/components/calls-page";
import { usePortalTitle } from "../features/portal/portal-address";
import { usePortalLook } from "../features/portal/portal-look";
import type { CallsStrings } from "../lib/portal-strings";
import { usePortalCallsView } from "./portal-calls-view";

function PortalCallsFrame({
  title,
  children,
}: {
  title: (t: CallsStrings) => string;
  children: ReactNode;
}) {
  const look = usePortalLook();
  const view = usePortalCallsView();
  usePortalTitle(title(view.t), look);
  return (
    <CallsViewContext.Provider value={view}>
      <div className="portal-page">{children}</div>
    </CallsViewContext.Provider>
  );
}

/** /portal/calls */
export function PortalCallsRoute() {
  return (
    <PortalCallsFrame title={(t) => t.calls}>
      <CallsPage />
    </PortalCallsFrame>
  );
}

/** /portal/calls/:callId */
export function PortalCallDetailRoute() {
  return (
    <PortalCallsFrame title={(t) => t.calls}>
      <CallDetailPage />
    </PortalCallsFrame>
  );
}

/** /portal/bookings */
export function PortalBookingsRoute() {
  return (
    <PortalCallsFrame title={(t) => t.bookings}>
      <BookingsPage />
    </PortalCallsFrame>
  );
}
