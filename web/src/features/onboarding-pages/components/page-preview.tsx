import { type AccessPageServiceInput, accessPageModel } from "@portico/domain/access-page";
import type { Branding } from "@portico/domain/branding";
import { isServiceId } from "@portico/domain/catalogue/services";
import { LOCALE_LABELS, LOCALES, type Locale } from "@portico/domain/i18n/locales";
import { type IntakeForm, localizeQuestion } from "@portico/domain/intake";
import type { OnboardingPageInput } from "@portico/domain/onboarding-pages/page";
import { onboardingPublicModel } from "@portico/domain/onboarding-pages/public-page";
import { useState } from "react";
import { IntakeFormPreview } from "../../../components/intake-form-preview";
import type { AccessPagePreviewComponent, ConnectedAccountRow } from "./page-form";
import { BrandHeader, PublicPageForm } from "./public-page-view";

/** The name the preview greets, standing in for a visitor. */
const SAMPLE_VISITOR = "Alex";

/**
 * Preview: the public page and the access page that follows it, exactly as a
 * visitor sees them (the same renderers), in a language the agency picks.
 * Every button is inert.
 */
export function PagePreview({
  branding,
  values,
  accounts,
  intake,
  AccessPagePreview,
}: {
  branding: Branding;
  values: OnboardingPageInput;
  accounts: ConnectedAccountRow[];
  intake: IntakeForm | null;
  AccessPagePreview: AccessPagePreviewComponent;
}) {
  const [picked, setPicked] = useState<Locale | null>(null);
  const locale = picked ?? values.defaultLanguage ?? "en";
  const services = (values.services ?? []).flatMap((choice) =>
    isServiceId(choice.serviceId) ? [{ ...choice, serviceId: choice.serviceId }] : [],
  );
  const model = onboardingPublicModel({
    branding,
    locale,
    services,
    termsUrl: values.termsUrl ?? "",
  });
  const pageServices: AccessPageServiceInput[] = services.map((choice) => ({
    serviceId: choice.serviceId,
    accessLevel: choice.accessLevel,
    optional: choice.optional ?? false,
    agencyAccount:
      accounts.find((account) => account.id === choice.connectedAccountId)?.value ?? "",
    status: "pending",
  }));
  const questions = intake?.questions.map((question) => localizeQuestion(question, locale)) ?? null;
  const page = accessPageModel({
    branding,
    locale,
    clientName: SAMPLE_VISITOR,
    services: pageServices,
    connectable: "all",
    intake: questions ? { questions, answers: {}, status: "pending" } : null,
    status: "pending",
    finish: {
      thankYouMessage: values.thankYouMessage ?? "",
      redirectUrl: values.redirectUrl ?? "",
    },
  });

  return (
    <section className="card stack" aria-labelledby="page-preview-heading">
      <div className="page-header">
        <h2 id="page-preview-heading">Preview</h2>
        <label className="field-inline">
          <span className="field-label">Preview language</span>{" "}
          <select
            className="input"
            value={locale}
            onChange={(event) => setPicked(event.target.value as Locale)}
          >
            {LOCALES.map((id) => (
              <option key={id} value={id}>
                {LOCALE_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">
        What a visitor sees, then the access page they go straight on to. The buttons do nothing in
        this preview.
      </p>
      <div className="invite-preview-grid">
        <div className="invite-preview-frame">
          <article className="access-page" lang={locale} aria-label="Access page details form">
            <BrandHeader agency={model.agency} />
            <div className="access-page-body">
              <PublicPageForm model={model} headingLevel={3} />
            </div>
          </article>
        </div>
        <div className="invite-preview-frame">
          <AccessPagePreview
            page={page}
            intake={
              questions ? (
                <IntakeFormPreview
                  questions={questions}
                  labels={{ required: page.texts.required, yes: page.texts.yes, no: page.texts.no }}
                />
              ) : undefined
            }
          />
        </div>
      </div>
    </section>
  );
}
