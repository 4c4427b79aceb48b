import { getService, isServiceId } from "@portico/domain/catalogue/services";
import { formatDate } from "@portico/domain/format";
import type { Answer } from "@portico/domain/intake";
import type { InviteStatus } from "@portico/domain/invites";
import { type ComponentType, useEffect, useMemo, useState } from "react";
import { Badge, type BadgeTone } from "../../../components/badge";
import { SettleTogether, useSettled } from "../../../components/settle-together";
import { LoadingScreen } from "../../../components/spinner";
import {
  type IntakeResponseRow,
  useIntakeResponses,
} from "../../../data/intake-responses-repository";
import {
  type PortalInviteRow,
  portalInviteLinks,
  usePortalInvites,
} from "../../../data/portal-repository";
import { fill, type PortalStrings } from "../../../lib/portal-strings";
import { usePortalSession } from "../../../lib/session";
import { usePortalTitle } from "../portal-address";
import { usePortalLook } from "../portal-look";
import { PortalHomeHeading } from "./portal-home-heading";

const INVITE_TONES: Record<InviteStatus, BadgeTone> = {
  pending: "neutral",
  in_progress: "info",
  complete: "success",
};
const SERVICE_TONES = { pending: "warning", granted: "success", skipped: "neutral" } as const;

const serviceName = (serviceId: string) =>
  isServiceId(serviceId) ? getService(serviceId).name : serviceId;

/**
 * Links to continue each open request. They come from a callable (links are
 * derived server-side, never stored), asked again when the set of open
 * requests changes.
 */
function useContinueLinks(openInviteIds: string): Map<string, string> {
  const [links, setLinks] = useState(new Map<string, string>());
  useEffect(() => {
    if (!openInviteIds) return;
    let current = true;
    portalInviteLinks()
      .then((list) => current && setLinks(new Map(list.map((link) => [link.inviteId, link.url]))))
      .catch(() => undefined); // the requests still show, without their Continue link
    return () => {
      current = false;
    };
  }, [openInviteIds]);
  return links;
}

function RequestCard({ invite, url }: { invite: PortalInviteRow; url: string | undefined }) {
  const { t, locale } = usePortalLook();
  return (
    <li className="portal-request" data-invite-id={invite.id}>
      <div className="portal-request-header">
        <div>
          <Badge tone={INVITE_TONES[invite.status]}>{t.homePage.inviteStatus[invite.status]}</Badge>
          <p className="muted small">
            {fill(t.homePage.requestedOn, { date: formatDate(invite.createdAt, locale) })}
          </p>
        </div>
        {url && invite.status !== "complete" && (
          <a className="btn btn-primary" href={url}>
            {t.homePage.continue}
          </a>
        )}
      </div>
      <ul className="plain-list portal-services">
        {invite.services.map((service) => (
          <li key={service.serviceId} className="portal-service">
            <span>{serviceName(service.serviceId)}</span>
            <Badge tone={SERVICE_TONES[service.status]}>
              {t.homePage.serviceStatus[service.status]}
            </Badge>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Requests() {
  const { portal } = usePortalSession();
  const { t } = usePortalLook();
  const invites = usePortalInvites(portal.agencyId, portal.clientId);
  useSettled(invites.status !== "loading");
  const rows = invites.data ?? [];
  const open = rows.filter((invite) => invite.status !== "complete");
  const completed = rows.filter((invite) => invite.status === "complete");
  const links = useContinueLinks(open.map((invite) => invite.id).join(","));

  return (
    <>
      <section className="card" aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t.homePage.requests}</h2>
        {invites.status === "loading" && <LoadingScreen label={t.loading} />}
        {invites.status === "error" && <p role="alert">{t.loadFailed}</p>}
        {invites.status === "ready" && open.length === 0 && (
          <p className="muted">{t.homePage.noOpenRequests}</p>
        )}
        {open.length > 0 && (
          <ul className="plain-list stack">
            {open.map((invite) => (
              <RequestCard key={invite.id} invite={invite} url={links.get(invite.id)} />
            ))}
          </ul>
        )}
      </section>
      {completed.length > 0 && (
        <section className="card" aria-labelledby="completed-heading">
          <h2 id="completed-heading">{t.homePage.completed}</h2>
          <ul className="plain-list stack">
            {completed.map((invite) => (
              <RequestCard key={invite.id} invite={invite} url={undefined} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function answerText(answer: Answer | undefined, t: PortalStrings): string | null {
  if (answer === undefined || answer === null) return null;
  if (typeof answer === "boolean") return answer ? t.homePage.yes : t.homePage.no;
  if (Array.isArray(answer)) return answer.length > 0 ? answer.join(", ") : null;
  return answer.trim() === "" ? null : answer;
}

function ResponseBlock({ response }: { response: IntakeResponseRow }) {
  const { t, locale } = usePortalLook();
  const state =
    response.status === "submitted"
      ? fill(t.homePage.answersSent, {
          date: formatDate(response.submittedAt ?? response.updatedAt, locale),
        })
      : fill(t.homePage.answersDraft, { date: formatDate(response.updatedAt, locale) });
  return (
    <li className="intake-response" data-status={response.status}>
      <p className="muted small">{state}</p>
      <dl className="intake-answers">
        {response.questions.map((question) => {
          const text = answerText(response.answers[question.id], t);
          return (
            <div key={question.id} className="intake-answer">
              <dt>{question.label}</dt>
              <dd className={text === null ? "muted" : undefined}>{text ?? t.homePage.noAnswer}</dd>
            </div>
          );
        })}
      </dl>
    </li>
  );
}

/** The client's intake answers, newest first; shown only once there are some. */
function Answers() {
  const { portal } = usePortalSession();
  const { t } = usePortalLook();
  const responses = useIntakeResponses(portal.agencyId, portal.clientId);
  useSettled(responses.status !== "loading");
  if (responses.status === "error") {
    return (
      <section className="card" aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t.homePage.answers}</h2>
        <p role="alert">{t.loadFailed}</p>
      </section>
    );
  }
  if (responses.status !== "ready" || responses.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{t.homePage.answers}</h2>
      <ul className="plain-list stack">
        {responses.data.map((response) => (
          <ResponseBlock key={response.id} response={response} />
        ))}
      </ul>
    </section>
  );
}

/**
 * /portal: the client's access requests (with a way to continue each) and
 * their answers; the app passes in the Overview of the client's agent (its
 * figures) and its latest calls.
 */
export function PortalHomePage({
  Overview,
  LatestCalls,
}: {
  Overview?: ComponentType;
  LatestCalls?: ComponentType;
} = {}) {
  const { user } = usePortalSession();
  const look = usePortalLook();
  const { t } = look;
  usePortalTitle(t.home, look);
  const name = useMemo(() => user.displayName ?? user.email ?? "", [user]);
  return (
    <div className="stack-lg portal-page">
      <PortalHomeHeading name={name} t={t} />
      {/* Shown together once each has its data: sections arriving one by one pushed the rest down. */}
      <SettleTogether fallback={<LoadingScreen label={t.loading} />}>
        <div className="stack-lg">
          {Overview && <Overview />}
          {LatestCalls && <LatestCalls />}
          <Requests />
          <Answers />
        </div>
      </SettleTogether>
    </div>
  );
}
