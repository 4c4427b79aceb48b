import { activityText } from "@portico/domain/activity";
import { formatTimeAgo } from "@portico/domain/format";
import { useActivityFeed } from "../../../data/invites-repository";
import { useNow } from "../../../lib/use-now";

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
                {formatTimeAgo(entry.at, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
