import { type Branding, textColorOn } from "@portico/domain/branding";
import { getPlatform } from "@portico/domain/catalogue/platforms";
import { getService, guidedSteps, type ServiceId } from "@portico/domain/catalogue/services";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { ServiceStatus } from "@portico/domain/invites";
import type { ReactNode } from "react";

/** One requested service as the client sees it. */
export interface AccessPageService {
  serviceId: ServiceId;
  /** The access level's id in the catalogue. */
  accessLevel: string;
  optional: boolean;
  /** The agency's receiving account as saved (named in the guided steps). */
  agencyAccount: string;
  status: ServiceStatus;
}

export interface AccessPageViewProps {
  branding: Branding;
  locale: Locale;
  clientName: string;
  services: AccessPageService[];
  /** The intake form, when the invite asks for one. */
  intake?: ReactNode;
  /** Shows every action but none does anything (the agency's preview). */
  preview?: boolean;
  onConnect?: (serviceId: ServiceId) => void;
  onMarkDone?: (serviceId: ServiceId) => void;
  onSkip?: (serviceId: ServiceId) => void;
}

/**
 * Page texts in the client's language. The greeting and introduction come from
 * the invite email's strings so the page and the email say the same thing.
 */
const TEXT: Record<
  Locale,
  {
    signInWith: (platform: string) => string;
    stepsInstead: string;
    stepsTitle: string;
    done: string;
    skip: string;
    optional: string;
    accessLevel: string;
    granted: string;
    skipped: string;
    questions: string;
  }
> = {
  en: {
    signInWith: (platform) => `Sign in with ${platform}`,
    stepsInstead: "Can't sign in? Follow these steps instead",
    stepsTitle: "Follow these steps",
    done: "I've done this",
    skip: "Skip",
    optional: "Optional",
    accessLevel: "Access level",
    granted: "Granted",
    skipped: "Skipped",
    questions: "A few questions",
  },
  es: {
    signInWith: (platform) => `Iniciar sesión con ${platform}`,
    stepsInstead: "¿No puedes iniciar sesión? Sigue estos pasos",
    stepsTitle: "Sigue estos pasos",
    done: "Ya lo he hecho",
    skip: "Omitir",
    optional: "Opcional",
    accessLevel: "Nivel de acceso",
    granted: "Concedido",
    skipped: "Omitido",
    questions: "Unas preguntas",
  },
  nl: {
    signInWith: (platform) => `Inloggen met ${platform}`,
    stepsInstead: "Lukt inloggen niet? Volg dan deze stappen",
    stepsTitle: "Volg deze stappen",
    done: "Dit heb ik gedaan",
    skip: "Overslaan",
    optional: "Optioneel",
    accessLevel: "Toegangsniveau",
    granted: "Toegang gegeven",
    skipped: "Overgeslagen",
    questions: "Een paar vragen",
  },
};

/**
 * The client's access page: agency branding, a greeting in the client's
 * language, each requested service with its sign-in button or guided steps and
 * a skip option, then the intake form. Plain React with no Firebase: the
 * Create Invite preview and the client's own page both render it.
 */
export function AccessPageView({
  branding,
  locale,
  clientName,
  services,
  intake,
  preview = false,
  onConnect,
  onMarkDone,
  onSkip,
}: AccessPageViewProps) {
  const t = translator(locale);
  const text = TEXT[locale];
  const values = { agency: branding.displayName, client: clientName };
  const onPrimary = textColorOn(branding.primaryColor);
  const primaryStyle = { background: branding.primaryColor, color: onPrimary };
  const act = (handler: ((serviceId: ServiceId) => void) | undefined, serviceId: ServiceId) =>
    preview || !handler ? undefined : () => handler(serviceId);

  return (
    <article
      className="access-page"
      lang={locale}
      aria-label={`${branding.displayName} access page`}
    >
      <header className="access-page-header" style={primaryStyle}>
        {branding.logoUrl ? (
          <img src={branding.logoUrl} alt={branding.displayName} className="access-page-logo" />
        ) : (
          <strong className="access-page-name">{branding.displayName}</strong>
        )}
      </header>
      <div className="access-page-body">
        <h3 className="access-page-greeting">{t("email.accessRequest.heading", values)}</h3>
        <p>{t("email.accessRequest.body", values)}</p>
        <ol className="access-page-services">
          {services.map((requested) => {
            const service = getService(requested.serviceId);
            const platform = getPlatform(service.platform);
            const level =
              service.accessLevels.find((candidate) => candidate.id === requested.accessLevel) ??
              null;
            const steps = guidedSteps(service.id, locale, {
              agencyAccount: requested.agencyAccount,
              accessLevel: level?.label ?? requested.accessLevel,
            });
            const open = requested.status === "pending";
            return (
              <li key={service.id} className="access-page-service">
                <div className="access-page-service-title">
                  <span
                    className="service-icon"
                    style={{
                      background: service.icon.color,
                      color: textColorOn(service.icon.color),
                    }}
                    aria-hidden="true"
                  >
                    {service.icon.monogram}
                  </span>
                  <h4>{service.name}</h4>
                  {requested.optional && <span className="badge">{text.optional}</span>}
                  {requested.status === "granted" && (
                    <span className="badge badge-success">{text.granted}</span>
                  )}
                  {requested.status === "skipped" && (
                    <span className="badge badge-warning">{text.skipped}</span>
                  )}
                </div>
                <p className="access-page-level">
                  {text.accessLevel}: <strong>{level?.label ?? requested.accessLevel}</strong>
                </p>
                {open && service.grant.method === "oauth" && (
                  <>
                    <div className="access-page-actions">
                      <button
                        type="button"
                        className="btn"
                        style={primaryStyle}
                        aria-disabled={preview || undefined}
                        onClick={act(onConnect, service.id)}
                      >
                        {text.signInWith(platform.name)}
                      </button>
                      <SkipButton
                        label={text.skip}
                        preview={preview}
                        onClick={act(onSkip, service.id)}
                      />
                    </div>
                    <details className="access-page-steps">
                      <summary style={{ color: branding.accentColor }}>{text.stepsInstead}</summary>
                      <StepList steps={steps} />
                    </details>
                  </>
                )}
                {open && service.grant.method === "guided" && (
                  <>
                    <p className="access-page-steps-title">{text.stepsTitle}</p>
                    <StepList steps={steps} />
                    <div className="access-page-actions">
                      <button
                        type="button"
                        className="btn"
                        style={primaryStyle}
                        aria-disabled={preview || undefined}
                        onClick={act(onMarkDone, service.id)}
                      >
                        {text.done}
                      </button>
                      <SkipButton
                        label={text.skip}
                        preview={preview}
                        onClick={act(onSkip, service.id)}
                      />
                    </div>
                  </>
                )}
              </li>
            );
          })}
        </ol>
        {intake && (
          <section className="access-page-intake" aria-label={text.questions}>
            <h4>{text.questions}</h4>
            <p className="muted">{t("email.accessRequest.intake")}</p>
            {intake}
          </section>
        )}
      </div>
    </article>
  );
}

function StepList({ steps }: { steps: string[] }) {
  return (
    <ol className="access-page-step-list">
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}

function SkipButton({
  label,
  preview,
  onClick,
}: {
  label: string;
  preview: boolean;
  onClick: (() => void) | undefined;
}) {
  return (
    <button
      type="button"
      className="btn btn-ghost"
      aria-disabled={preview || undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
