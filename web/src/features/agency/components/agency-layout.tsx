import { ROLE_LABELS } from "@portico/domain/roles";
import { DropdownMenu, Dialog as RadixDialog } from "radix-ui";
import { Suspense, useEffect, useState } from "react";
import { NavLink, Outlet, useNavigate } from "react-router";
import { LoadingScreen } from "../../../components/spinner";
import { useAgency } from "../../../data/agency-repository";
import { ACCESS_ENDED_MESSAGE, endSession, signOut, useAgencySession } from "../../../lib/session";

const NAV_ITEMS = [
  { to: "/dashboard", label: "Dashboard" },
  { to: "/clients", label: "Clients" },
  { to: "/access-pages", label: "Access pages" },
  { to: "/agents", label: "Agents" },
  { to: "/settings", label: "Settings" },
] as const;

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <nav aria-label="Main">
      <ul className="nav-list">
        {NAV_ITEMS.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} className="nav-link" onClick={onNavigate}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The agency app shell: sidebar on wide screens, a menu drawer on phones. */
export function AgencyLayout() {
  const { user, agency } = useAgencySession();
  const agencyDoc = useAgency(agency.agencyId);
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const agencyName = agencyDoc.data?.name ?? "";

  // Rules refuse a removed member's listeners within seconds; treat that as the end of access.
  const accessRevoked =
    agencyDoc.status === "error" &&
    (agencyDoc.error as { code?: string }).code === "permission-denied";
  useEffect(() => {
    if (accessRevoked) void endSession(ACCESS_ENDED_MESSAGE);
  }, [accessRevoked]);

  const handleSignOut = async () => {
    await signOut();
    navigate("/sign-in", { replace: true });
  };

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          Portico
        </div>
        <p className="sidebar-agency" data-testid="agency-name">
          {agencyName}
        </p>
        <Navigation />
        {import.meta.env.VITE_DEV_INBOX_URL && (
          <a
            className="dev-inbox-link"
            href={import.meta.env.VITE_DEV_INBOX_URL}
            target="_blank"
            rel="noreferrer"
          >
            Dev inbox (local emails)
          </a>
        )}
      </aside>

      <div className="shell-main">
        <header className="topbar">
          <RadixDialog.Root open={menuOpen} onOpenChange={setMenuOpen}>
            <RadixDialog.Trigger className="btn btn-ghost menu-button">Menu</RadixDialog.Trigger>
            <RadixDialog.Portal>
              <RadixDialog.Overlay className="dialog-overlay" />
              <RadixDialog.Content className="drawer">
                <RadixDialog.Title className="drawer-title">
                  {agencyName || "Portico"}
                </RadixDialog.Title>
                <RadixDialog.Description className="visually-hidden">
                  Main navigation
                </RadixDialog.Description>
                <Navigation onNavigate={() => setMenuOpen(false)} />
              </RadixDialog.Content>
            </RadixDialog.Portal>
          </RadixDialog.Root>
          <span className="topbar-agency">{agencyName}</span>

          <DropdownMenu.Root>
            {/* Named by its text (the user's name first, as shown), not a label that hides it. */}
            <DropdownMenu.Trigger className="btn btn-ghost user-button">
              <span className="avatar" aria-hidden="true">
                {(user.displayName ?? user.email ?? "?").slice(0, 1).toUpperCase()}
              </span>
              <span className="user-name">{user.displayName ?? user.email}</span>
              <span className="visually-hidden">, Account menu</span>
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
                <DropdownMenu.Label className="menu-label">
                  {user.email}
                  <br />
                  <span className="muted">{ROLE_LABELS[agency.role]}</span>
                </DropdownMenu.Label>
                <DropdownMenu.Separator className="menu-separator" />
                <DropdownMenu.Item className="menu-item" onSelect={() => void handleSignOut()}>
                  Sign out
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </header>

        <main id="main" className="content" tabIndex={-1}>
          <Suspense fallback={<LoadingScreen />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
