import type { AccessPageModel } from "@portico/domain/access-page-model";
import { AgencyHeader } from "./access-page-view";
import { ServiceCard } from "./service-card";

/** Id of the finish screen's heading, where focus goes when the client is done. */
export const FINISH_HEADING_ID = "access-page-finish";

/**
 * A link that leads nowhere (unknown, expired, replaced or withdrawn), in the
 * server's words: under the agency's header whenever the server knows whose link it was.
 */
export function UnavailableScreen({
  title,
  body,
  agency,
}: {
  title: string;
  body: string;
  agency?: AccessPageModel["agency"] | null;
}) {
  const message = (
    <main id="main" className="access-status">
      <h1>{title}</h1>
      {body && <p>{body}</p>}
    </main>
  );
  if (!agency) return message;
  return (
    <div className="access-page access-page-full">
      <AgencyHeader agency={agency} />
      {message}
    </div>
  );
}

/**
 * Before the page knows the client's language (a sign-in callback it did not
 * start, or no answer from the server): a short note in each language, no actions.
 */
const NEUTRAL_NOTES = {
  callback: [
    { lang: "en", text: "Signing in didn't finish. Start again from the access request." },
    {
      lang: "es",
      text: "No se completó el inicio de sesión. Vuelve a empezar desde la solicitud de acceso.",
    },
    { lang: "nl", text: "Het inloggen is niet afgerond. Begin opnieuw vanaf het toegangsverzoek." },
  ],
  failed: [
    { lang: "en", text: "Something went wrong. Please reload the page." },
    { lang: "es", text: "Algo salió mal. Vuelve a cargar la página." },
    { lang: "nl", text: "Er ging iets mis. Laad de pagina opnieuw." },
  ],
} as const;

export function NeutralNotice({ kind }: { kind: keyof typeof NEUTRAL_NOTES }) {
  const [first, ...others] = NEUTRAL_NOTES[kind];
  return (
    <main id="main" className="access-status">
      <h1 lang={first.lang}>{first.text}</h1>
      {others.map((note) => (
        <p key={note.lang} lang={note.lang}>
          {note.text}
        </p>
      ))}
    </main>
  );
}

export function LoadingScreen() {
  return (
    <main id="main" className="access-status access-loading" aria-busy="true">
      <span className="spinner spinner-large" />
    </main>
  );
}

/**
 * Everything done: the agency's thank you message, or its redirect. A
 * redirect is never followed by itself: the page names the host the client is
 * about to leave for and waits for a click, so a link on the agency's domain
 * cannot carry anyone unawares to another site.
 */
export function FinishView({ page }: { page: AccessPageModel }) {
  const { texts, finish } = page;
  if (finish.redirectUrl && finish.redirectHost) {
    return (
      <>
        <h1 id={FINISH_HEADING_ID} tabIndex={-1}>
          {texts.leavingTitle}
        </h1>
        <p>{texts.leavingBody}</p>
        <p className="access-page-destination">{finish.redirectUrl}</p>
        <p>
          <a className="btn access-page-primary" href={finish.redirectUrl} rel="noreferrer">
            {texts.continueTo}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 id={FINISH_HEADING_ID} tabIndex={-1}>
        {texts.thankYouTitle}
      </h1>
      <p className="access-page-thank-you">{finish.thankYouMessage || texts.thankYouDefault}</p>
    </>
  );
}

/** The request is complete: it says so, with each service's final state, and offers nothing. */
export function CompleteView({ page }: { page: AccessPageModel }) {
  return (
    <>
      <h1>{page.texts.completeTitle}</h1>
      <p>{page.texts.completeBody}</p>
      <p className="access-page-status" data-testid="request-status">
        {page.texts.requestStatus}: <strong>{page.texts.statusLabel}</strong>
      </p>
      <ol className="access-page-services">
        {page.services.map((service) => (
          <ServiceCard
            key={service.serviceId}
            service={service}
            page={page}
            actions={{ kind: "none" }}
            headingLevel={2}
          />
        ))}
      </ol>
    </>
  );
}
