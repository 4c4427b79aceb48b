import { NavLink, Outlet } from "react-router";

const SECTIONS = [
  { to: "/settings/general", label: "General" },
  { to: "/settings/branding", label: "Branding" },
  { to: "/settings/connected-accounts", label: "Connected accounts" },
  { to: "/settings/intake-form", label: "Intake form" },
  { to: "/settings/team", label: "Team" },
  { to: "/settings/agent-settings", label: "Agent settings" },
  { to: "/settings/api", label: "API" },
  { to: "/settings/webhooks", label: "Webhooks" },
] as const;

export function SettingsLayout() {
  return (
    <>
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <nav aria-label="Settings" className="tabs">
        {SECTIONS.map((section) => (
          <NavLink key={section.to} to={section.to} className="tab">
            {section.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
