import type { AccessPageModel } from "@portico/domain/access-page-model";
import type { Locale } from "@portico/domain/i18n/locales";
import type { OnboardingPublicModel } from "@portico/domain/onboarding-pages/public-model";
import { type CSSProperties, type FormEvent, type ReactNode, useId } from "react";
import { Button } from "../../../components/button";
import { TextField } from "../../../components/form-field";
import type { VisitorValues } from "../hooks/use-public-page";

/** The agency's fill and text colours, as the invite page sets them. */
export function brandStyle(agency: AccessPageModel["agency"]): CSSProperties {
  return {
    "--brand-fill": agency.primaryColor,
    "--brand-on-fill": agency.onPrimaryColor,
    "--brand-fill-hover": agency.primaryHoverColor,
  } as CSSProperties;
}

export function BrandHeader({
  agency,
  children,
}: {
  agency: AccessPageModel["agency"];
  children?: ReactNode;
}) {
  return (
    <header className="access-page-header" style={brandStyle(agency)}>
      {agency.logoUrl ? (
        <img src={agency.logoUrl} alt={agency.name} className="access-page-logo" />
      ) : (
        <strong className="access-page-name">{agency.name}</strong>
      )}
      {children}
    </header>
  );
}

export function LanguageSwitch({
  model,
  onChange,
}: {
  model: OnboardingPublicModel;
  onChange: (locale: Locale) => void;
}) {
  const id = useId();
  return (
    <div className="access-page-language">
      <label htmlFor={id}>{model.texts.language}</label>
      <select
        id={id}
        className="input"
        value={model.locale}
        onChange={(event) => onChange(event.target.value as Locale)}
      >
        {model.languages.map((language) => (
          <option key={language.id} value={language.id} lang={language.id}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function readValues(form: HTMLFormElement): VisitorValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    name: text("name"),
    company: text("company"),
    email: text("email"),
    website: text("website"),
    acceptTerms: data.get("acceptTerms") === "on",
    fax: text("fax"),
  };
}

/**
 * The visitor's details form from the page model: what the agency will ask
 * for, then name, company, email, website (and the agency's terms). The live
 * page and the agency's preview render it; the preview's submit does nothing.
 */
export function PublicPageForm({
  model,
  headingLevel,
  fieldErrors = {},
  alert = null,
  busy = false,
  onSubmit,
}: {
  model: OnboardingPublicModel;
  headingLevel: 1 | 3;
  fieldErrors?: Record<string, string>;
  alert?: string | null;
  busy?: boolean;
  onSubmit?: (values: VisitorValues) => void;
}) {
  const { texts } = model;
  const Title = headingLevel === 1 ? "h1" : "h3";
  const Subtitle = headingLevel === 1 ? "h2" : "h4";
  const termsId = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit?.(readValues(event.currentTarget));
  };
  const optional = (label: string) => `${label} ${texts.optional}`;
  return (
    <>
      <Title>{texts.title}</Title>
      <p>{texts.intro}</p>
      {model.services.length > 0 && (
        <section aria-labelledby={`${termsId}-services`} className="onboarding-services">
          <Subtitle id={`${termsId}-services`}>{texts.servicesTitle}</Subtitle>
          <ul>
            {model.services.map((service) => (
              <li key={service.serviceId}>
                <strong>{service.name}</strong> <span className="muted">{service.levelLabel}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form className="stack onboarding-form" noValidate onSubmit={submit}>
        <TextField
          label={texts.name}
          name="name"
          autoComplete="name"
          required
          maxLength={120}
          error={fieldErrors.name}
        />
        <TextField
          label={optional(texts.company)}
          name="company"
          autoComplete="organization"
          maxLength={120}
          error={fieldErrors.company}
        />
        <TextField
          label={texts.email}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          hint={texts.emailHint}
          error={fieldErrors.email}
        />
        <TextField
          label={optional(texts.website)}
          name="website"
          inputMode="url"
          autoComplete="url"
          maxLength={300}
          error={fieldErrors.website}
        />
        {/* People never see this field; bots fill it in. */}
        <div className="onboarding-trap" aria-hidden="true">
          <label>
            {texts.honeypot}
            <input name="fax" type="text" tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        {model.termsUrl && (
          <div className="field">
            <label className="choice">
              <input
                type="checkbox"
                name="acceptTerms"
                aria-invalid={fieldErrors.acceptTerms ? true : undefined}
                aria-describedby={fieldErrors.acceptTerms ? `${termsId}-error` : undefined}
              />
              {texts.terms}
            </label>{" "}
            <a href={model.termsUrl} target="_blank" rel="noreferrer noopener">
              {texts.termsLink}
            </a>
            {fieldErrors.acceptTerms && (
              <p id={`${termsId}-error`} className="field-error" role="alert">
                {fieldErrors.acceptTerms}
              </p>
            )}
          </div>
        )}
        <div className="access-page-alert" role="alert">
          {alert && <p className="form-error">{alert}</p>}
        </div>
        <Button
          type="submit"
          className="access-page-primary"
          style={brandStyle(model.agency)}
          busy={busy}
        >
          {busy ? texts.submitting : texts.submit}
        </Button>
      </form>
    </>
  );
}
