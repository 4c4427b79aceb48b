import { NavLink } from "react-router";
import { portalMoreStrings } from "../../../lib/portal-strings";
import { usePortalLook } from "../portal-look";

/** Portal Settings' tabs: Team and Profile. */
export function PortalSettingsTabs() {
  const { t, locale } = usePortalLook();
  return (
    <div>
      <h1>{t.settings}</h1>
      <nav aria-label={t.settings} className="tabs">
        <NavLink to="/portal/settings/team" className="tab">
          {t.team}
        </NavLink>
        <NavLink to="/portal/settings/profile" className="tab">
          {portalMoreStrings(locale).profile}
        </NavLink>
      </nav>
    </div>
  );
}
