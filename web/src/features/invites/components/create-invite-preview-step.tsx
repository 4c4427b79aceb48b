import { type AccessPageServiceInput, accessPageModel } from "@portico/domain/access-page";
import type { AccessPageModel } from "@portico/domain/access-page-model";
import type { Branding } from "@portico/domain/branding";
import { getService, isServiceId } from "@portico/domain/catalogue/services";
import { LOCALE_LABELS } from "@portico/domain/i18n/locales";
import { localizeQuestion, type Question } from "@portico/domain/intake";
import type { ComponentType, ReactNode } from "react";
import { IntakeFormPreview } from "../../../components/intake-form-preview";
import type { ClientRow } from "../../../data/clients-repository";
import { InviteEmailPreview } from "./invite-preview";
import type { ConnectedAccountRow, ServiceChoice } from "./service-choices";

/** The client's access page as the agency previews it, every action inert. */
export type AccessPagePreviewComponent = ComponentType<{
  page: AccessPageModel;
  intake?: ReactNode;
}>;

/** Preview your link: the access page, the intake form and the email, as the client gets them. */
export function CreateInvitePreviewStep({
  AccessPagePreview,
  branding,
  client,
  services,
  accounts,
  questions,
  finish,
}: {
  AccessPagePreview: AccessPagePreviewComponent;
  branding: Branding;
  client: ClientRow;
  services: ServiceChoice[];
  accounts: ConnectedAccountRow[];
  /** The intake questions when the Intake Form toggle is on. */
  questions: Question[] | null;
  /** The wizard's thank you message and redirect, as they stand. */
  finish: { thankYouMessage: string; redirectUrl: string };
}) {
  const pageServices: AccessPageServiceInput[] = services.flatMap((choice) =>
    isServiceId(choice.serviceId)
      ? [
          {
            serviceId: choice.serviceId,
            accessLevel: choice.accessLevel,
            optional: choice.optional ?? false,
            agencyAccount:
              accounts.find((account) => account.id === choice.connectedAccountId)?.value ?? "",
            status: "pending" as const,
          },
        ]
      : [],
  );
  const language = LOCALE_LABELS[client.language];
  // The questions in the client's language where the agency gave it, as the link will show them.
  const clientQuestions =
    questions?.map((question) => localizeQuestion(question, client.language)) ?? null;
  const page = accessPageModel({
    branding,
    locale: client.language,
    clientName: client.name,
    services: pageServices,
    connectable: "all",
    intake: clientQuestions ? { questions: clientQuestions, answers: {}, status: "pending" } : null,
    status: "pending",
    finish,
  });
  const texts = page.texts;

  return (
    <div className="invite-preview-grid">
      <section className="stack-sm" aria-labelledby="preview-page-heading">
        <h3 id="preview-page-heading">Access page</h3>
        <p className="muted small">
          What {client.name} sees on opening the link, in {language}. The buttons do nothing in this
          preview.
        </p>
        <div className="invite-preview-frame">
          <AccessPagePreview
            page={page}
            intake={
              clientQuestions ? (
                <IntakeFormPreview
                  questions={clientQuestions}
                  labels={{ required: texts.required, yes: texts.yes, no: texts.no }}
                />
              ) : undefined
            }
          />
        </div>
      </section>
      <section className="stack-sm" aria-labelledby="preview-email-heading">
        <h3 id="preview-email-heading">Email</h3>
        <p className="muted small">
          {client.email
            ? `Sent to ${client.email} when "Send email notification" is checked.`
            : `${client.name} has no email address: copy the link from the success screen instead.`}
        </p>
        <InviteEmailPreview
          branding={branding}
          locale={client.language}
          clientName={client.name}
          services={pageServices.map((service) => getService(service.serviceId).name)}
          intakeForm={questions !== null}
        />
      </section>
    </div>
  );
}
