import { activityText } from "@portico/domain/activity";
import { useNow } from "../../../lib/use-now";
import { useActivityFeed } from "../api/invites-repository";

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "narrow" });

/** "5 s ago", "3 min ago", "2 h ago", then the date. */
export function timeAgo(at: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  if (seconds < 60) return relative.format(-seconds, "second");
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative.format(-hours, "hour");
  return at.toLocaleDateString(undefined, { dateStyle: "medium" });
}

/** The agency's latest activity, live: what teammates did and what clients did. */
export function ActivityFeed({ agencyId }: { agencyId: string }) {
  const feed = useActivityFeed(agencyId);
  const now = useNow(5000);
  return (
    <section className="card activity-feed" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      {feed.status === "loading" && <p className="muted">Loading…</p>}
      {feed.status === "error" && <p role="alert">Couldn't load the activity feed.</p>}
      {feed.status === "ready" && feed.data.length === 0 && (
        <p className="muted">Invites sent, reminders and every step your clients take show here.</p>
      )}
      {feed.status === "ready" && feed.data.length > 0 && (
        <ul className="activity-list" aria-live="polite" aria-relevant="additions">
          {feed.data.map((entry) => (
            <li key={entry.id}>
              <span>{activityText(entry)}</span>{" "}
              <time className="muted small" dateTime={entry.at.toISOString()}>
                {timeAgo(entry.at, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
