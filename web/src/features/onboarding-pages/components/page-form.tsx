// One thing, just over 300 lines: the access page form (every field of the page's template, its checks and the server's answers beside them).
import { zodResolver } from "@hookform/resolvers/zod";
import type { AccessPageModel } from "@portico/domain/access-page-model";
import type { Branding } from "@portico/domain/branding";
import { CLIENT_TYPE_LABELS, CLIENT_TYPES, type ClientType } from "@portico/domain/clients";
import type { ConnectedAccountDoc } from "@portico/domain/connected-accounts";
import { LOCALE_LABELS, LOCALES } from "@portico/domain/i18n/locales";
import { type IntakeForm, intakeFormOffered } from "@portico/domain/intake";
import {
  type AfterGrantChoice,
  afterGrantProblems,
  MAX_THANK_YOU_LENGTH,
} from "@portico/domain/invites";
import {
  type OnboardingPageFields,
  type OnboardingPageInput,
  onboardingPageFieldsSchema,
  onboardingPageServiceProblems,
  slugFromName,
} from "@portico/domain/onboarding-pages/page";
import { type ComponentType, type ReactNode, useEffect, useRef, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { Button } from "../../../components/button";
import { FormError, SelectField, TextField } from "../../../components/form-field";
import { applyServerErrors } from "../../../lib/server-errors";
import { PagePreview } from "./page-preview";

export type ConnectedAccountRow = ConnectedAccountDoc & { id: string };

/** One chosen service as the picker holds it (Create Invite's). */
interface ServiceChoiceValue {
  serviceId: string;
  accessLevel: string;
  connectedAccountId: string;
  optional?: boolean | undefined;
}

/** Create Invite's service picker, passed in by the app (a feature never imports another). */
export type ServicePickerComponent = ComponentType<{
  value: ServiceChoiceValue[];
  onChange: (next: ServiceChoiceValue[]) => void;
  clientType: ClientType;
  accounts: ConnectedAccountRow[];
  /** react-hook-form's errors for `services`, mapped by the picker. */
  errors: unknown;
}>;

/** The invite page's own renderer, for the preview (also passed in by the app). */
export type AccessPagePreviewComponent = ComponentType<{
  page: AccessPageModel;
  intake?: ReactNode;
}>;

export const EMPTY_PAGE: OnboardingPageInput = {
  name: "",
  slug: "",
  services: [],
  intakeForm: false,
  clientType: "client",
  defaultLanguage: "en",
  thankYouMessage: "",
  redirectUrl: "",
  termsUrl: "",
  paused: false,
};

function afterChoiceOf(values: OnboardingPageInput): AfterGrantChoice {
  if (values.redirectUrl) return "redirect";
  if (values.thankYouMessage) return "message";
  return "standard";
}

/**
 * Create or edit an access page: name and short address, the services with
 * their receiving accounts and levels (the same choices and checks as Create
 * Invite), the Intake Form toggle, the client type, the default language,
 * the thank-you message or redirect, and the agency's terms. The preview
 * shows the page as visitors will see it.
 */
export function PageForm({
  agencyId,
  initial,
  isNew,
  accounts,
  intake,
  branding,
  ServicePicker,
  AccessPagePreview,
  onSave,
  onCancel,
}: {
  agencyId: string;
  initial: OnboardingPageInput;
  isNew: boolean;
  accounts: ConnectedAccountRow[];
  intake: IntakeForm;
  branding: Branding;
  ServicePicker: ServicePickerComponent;
  AccessPagePreview: AccessPagePreviewComponent;
  onSave: (values: OnboardingPageFields) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<OnboardingPageInput, unknown, OnboardingPageFields>({
    resolver: zodResolver(onboardingPageFieldsSchema),
    defaultValues: initial,
  });
  const {
    register,
    watch,
    setValue,
    setError,
    clearErrors,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const [after, setAfter] = useState<AfterGrantChoice>(() => afterChoiceOf(initial));
  const [formError, setFormError] = useState<string | null>(null);
  const slugTouched = useRef(!isNew);
  const values = watch();
  const clientType = values.clientType ?? "client";
  const offerIntake = intakeFormOffered(intake);

  // A new page's address follows its name until the agency types one.
  const name = values.name ?? "";
  useEffect(() => {
    if (!slugTouched.current) setValue("slug", slugFromName(name));
  }, [name, setValue]);

  const chooseAfter = (next: AfterGrantChoice) => {
    setAfter(next);
    if (next !== "message") setValue("thankYouMessage", "");
    if (next !== "redirect") setValue("redirectUrl", "");
    clearErrors(["thankYouMessage", "redirectUrl"]);
  };

  const save = handleSubmit(async (fields) => {
    setFormError(null);
    const problems = {
      ...onboardingPageServiceProblems(fields.services, fields.clientType, accounts),
      ...afterGrantProblems(after, fields),
    };
    for (const [field, message] of Object.entries(problems)) {
      setError(field as FieldPath<OnboardingPageInput>, { message });
    }
    if (Object.keys(problems).length > 0) return;
    try {
      await onSave(fields);
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  return (
    <div className="stack onboarding-editor">
      <form onSubmit={save} noValidate className="stack onboarding-page-form">
        <FormError>{formError}</FormError>
        <div className="card stack">
          <h2>Page</h2>
          <TextField
            label="Name"
            autoComplete="off"
            error={errors.name?.message}
            {...register("name")}
          />
          <TextField
            label="Short address"
            autoComplete="off"
            hint={`Lowercase letters, numbers and hyphens. The page's link: ${window.location.origin}/p/${agencyId}/${values.slug || "…"}`}
            error={errors.slug?.message}
            {...register("slug", {
              onChange: () => {
                slugTouched.current = true;
              },
            })}
          />
          <div className="form-row">
            <SelectField
              label="Client type"
              options={CLIENT_TYPES.map((type) => ({
                value: type,
                label: CLIENT_TYPE_LABELS[type],
              }))}
              error={errors.clientType?.message}
              {...register("clientType")}
            />
            <SelectField
              label="Default language"
              options={LOCALES.map((locale) => ({ value: locale, label: LOCALE_LABELS[locale] }))}
              error={errors.defaultLanguage?.message}
              {...register("defaultLanguage")}
            />
          </div>
          <p className="muted small">
            A Prospect page asks for read-only access only. Visitors see the page in their browser's
            language when it is English, Spanish or Dutch, else in the default language.
          </p>
        </div>

        <div className="card stack">
          <h2>Choose accounts</h2>
          <ServicePicker
            value={values.services ?? []}
            onChange={(next) => {
              setValue("services", next, { shouldDirty: true });
              clearErrors("services");
            }}
            clientType={clientType}
            accounts={accounts}
            errors={errors.services}
          />
          {offerIntake && (
            <label className="choice">
              <input type="checkbox" {...register("intakeForm")} />
              Intake Form
              <span className="field-hint">
                {" "}
                (visitors answer your intake questions in the same flow)
              </span>
            </label>
          )}
          {errors.intakeForm?.message && (
            <p className="field-error" role="alert">
              {errors.intakeForm.message}
            </p>
          )}
        </div>

        <div className="card stack">
          <h2>After the visitor is done</h2>
          <fieldset className="radio-group">
            <legend className="field-label">What they see after granting access</legend>
            {(
              [
                ["standard", "The standard thank you page"],
                ["message", "A thank you message"],
                ["redirect", "A redirect to a web address"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="after-grant"
                  checked={after === value}
                  onChange={() => chooseAfter(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          {after === "message" && (
            <div className="field">
              <label htmlFor="thank-you" className="field-label">
                Thank you message
              </label>
              <textarea
                id="thank-you"
                className="input"
                rows={3}
                maxLength={MAX_THANK_YOU_LENGTH}
                aria-invalid={errors.thankYouMessage ? true : undefined}
                aria-describedby={errors.thankYouMessage ? "thank-you-error" : undefined}
                {...register("thankYouMessage")}
              />
              {errors.thankYouMessage?.message && (
                <p id="thank-you-error" className="field-error" role="alert">
                  {errors.thankYouMessage.message}
                </p>
              )}
            </div>
          )}
          {after === "redirect" && (
            <TextField
              label="Redirect address"
              inputMode="url"
              placeholder="https://"
              error={errors.redirectUrl?.message}
              {...register("redirectUrl")}
            />
          )}
          <TextField
            label="Terms link (optional)"
            inputMode="url"
            placeholder="https://"
            hint="When set, visitors must accept your terms before they continue."
            error={errors.termsUrl?.message}
            {...register("termsUrl")}
          />
        </div>

        <div className="form-actions">
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" busy={isSubmitting}>
            {isNew ? "Create access page" : "Save changes"}
          </Button>
        </div>
      </form>
      {/* Outside the form: the preview's own (inert) form must not nest in it. */}
      <PagePreview
        branding={branding}
        values={values}
        accounts={accounts}
        intake={values.intakeForm ? intake : null}
        AccessPagePreview={AccessPagePreview}
      />
    </div>
  );
}
