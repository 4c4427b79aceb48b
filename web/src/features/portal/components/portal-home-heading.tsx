import { fill, type PortalStrings } from "../../../lib/portal-strings";

/** The portal home's greeting and introduction (also drawn by the frame's preview). */
export function PortalHomeHeading({ name, t }: { name: string; t: PortalStrings }) {
  return (
    <div>
      <h1>{fill(t.homePage.title, { name })}</h1>
      <p className="muted">{t.homePage.intro}</p>
    </div>
  );
}
