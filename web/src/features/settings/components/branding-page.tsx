import { zodResolver } from "@hookform/resolvers/zod";
import {
  type Branding,
  type BrandingInput,
  brandingContrastWarnings,
  brandingSchema,
  brandPalette,
} from "@portico/domain/branding";
import { updateBrandingCallable } from "@portico/domain/callables/settings";
import { canManageAgency } from "@portico/domain/roles";
import { clientSampleEmail } from "@portico/emails/client-sample";
import { type ChangeEvent, useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../../components/button";
import { EmailFrame } from "../../../components/email-frame";
import { FormError, TextField } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useToast } from "../../../components/toast";
import { useAgency } from "../../../data/agency-repository";
import { useBranding } from "../../../data/settings-repository";
import { call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { useAgencySession } from "../../../lib/session";
import { LogoError, resizeLogo } from "../logo-image";

const HEX = /^#[0-9a-fA-F]{6}$/;

/** The client-facing page header, as clients will see it. */
function HeaderPreview({ branding }: { branding: BrandingInput }) {
  const primary = HEX.test(branding.primaryColor) ? branding.primaryColor : "#4338ca";
  const accent = HEX.test(branding.accentColor) ? branding.accentColor : "#0ea5e9";
  // The colours the client's pages and emails derive, so the preview reads as they will.
  const palette = brandPalette({ primaryColor: primary, accentColor: accent });
  return (
    <fieldset className="brand-preview" aria-label="Client page preview">
      <div
        className="brand-preview-header"
        style={{ background: primary, color: palette.onPrimary }}
      >
        {branding.logoUrl ? (
          <img src={branding.logoUrl} alt={branding.displayName} className="brand-preview-logo" />
        ) : (
          <strong>{branding.displayName || "Your agency"}</strong>
        )}
      </div>
      <div className="brand-preview-body">
        <p>
          <strong>{branding.displayName || "Your agency"}</strong> is requesting access to your
          accounts.
        </p>
        <span
          className="brand-preview-button"
          style={{ background: primary, color: palette.onPrimary }}
        >
          Grant access
        </span>{" "}
        <span style={{ color: palette.accentText, fontWeight: 600 }}>Need help?</span>
      </div>
    </fieldset>
  );
}

/** The real email renderer, so the preview is exactly what clients receive. */
function EmailPreview({ branding }: { branding: Branding }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void clientSampleEmail(branding, "en", "Alex").then((mail) => {
        if (current) setHtml(mail.html);
      });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [branding]);
  return <EmailFrame title="Email preview" html={html} />;
}

export function BrandingPage() {
  const { agency } = useAgencySession();
  const agencyDoc = useAgency(agency.agencyId);
  const { branding } = useBranding(agency.agencyId, agencyDoc.data?.name ?? "");
  const canEdit = canManageAgency(agency.role);
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    clearErrors,
    setValue,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<BrandingInput>({ resolver: zodResolver(brandingSchema) });

  useEffect(() => {
    if (branding) reset(branding);
  }, [branding, reset]);

  const values = watch();
  if (!branding) return <LoadingScreen label="Loading branding" />;

  const parsed = brandingSchema.safeParse(values);
  const previewBranding = parsed.success ? parsed.data : branding;
  const warnings =
    HEX.test(values.primaryColor ?? "") && HEX.test(values.accentColor ?? "")
      ? brandingContrastWarnings({
          primaryColor: values.primaryColor,
          accentColor: values.accentColor,
        })
      : [];

  const onLogoFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      setValue("logoUrl", await resizeLogo(file), { shouldDirty: true });
      clearErrors("logoUrl");
    } catch (error) {
      setError("logoUrl", {
        message: error instanceof LogoError ? error.message : "Could not read that image.",
      });
    }
  };

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      await call(updateBrandingCallable, input);
      toast.show("Branding saved", { tone: "success" });
    } catch (error) {
      setFormError(applyServerErrors(error, setError));
    }
  });

  const logoIsInline = (values.logoUrl ?? "").startsWith("data:");

  return (
    <div className="branding-grid">
      <section className="card" aria-labelledby="branding-heading">
        <h2 id="branding-heading">Branding</h2>
        <p className="muted">
          Shown on the client's invite page, the client portal and every email clients receive.
        </p>
        <form onSubmit={onSubmit} noValidate className="stack">
          <FormError>{formError}</FormError>
          <TextField
            label="Display name"
            disabled={!canEdit}
            error={errors.displayName?.message}
            {...register("displayName")}
          />
          {logoIsInline ? (
            <div className="field">
              <span className="field-label">Logo</span>
              <div className="logo-row">
                <img src={values.logoUrl} alt="Uploaded logo" className="logo-thumb" />
                {canEdit && (
                  <Button
                    variant="secondary"
                    onClick={() => setValue("logoUrl", "", { shouldDirty: true })}
                  >
                    Remove logo
                  </Button>
                )}
              </div>
              {errors.logoUrl?.message && (
                <p className="field-error" role="alert">
                  {errors.logoUrl.message}
                </p>
              )}
            </div>
          ) : (
            <TextField
              label="Logo URL"
              type="url"
              placeholder="https://example.com/logo.png"
              hint="An https:// address, or upload an image (resized to under 100 KB)."
              disabled={!canEdit}
              error={errors.logoUrl?.message}
              {...register("logoUrl")}
            />
          )}
          {canEdit && (
            <div>
              <input
                ref={fileInput}
                type="file"
                accept="image/png,image/jpeg,image/webp,image/svg+xml"
                className="visually-hidden"
                aria-label="Upload logo image"
                onChange={(event) => void onLogoFile(event)}
              />
              <Button variant="secondary" onClick={() => fileInput.current?.click()}>
                Upload logo
              </Button>
            </div>
          )}
          <div className="color-row">
            <ColorField
              label="Primary colour"
              value={values.primaryColor ?? ""}
              disabled={!canEdit}
              error={errors.primaryColor?.message}
              onChange={(value) =>
                setValue("primaryColor", value, { shouldDirty: true, shouldValidate: true })
              }
            />
            <ColorField
              label="Accent colour"
              value={values.accentColor ?? ""}
              disabled={!canEdit}
              error={errors.accentColor?.message}
              onChange={(value) =>
                setValue("accentColor", value, { shouldDirty: true, shouldValidate: true })
              }
            />
          </div>
          <TextField
            label="Reply-To address"
            type="email"
            autoComplete="email"
            hint="Clients' replies to Portico's emails go here. Leave it empty if you don't expect replies."
            disabled={!canEdit}
            error={errors.replyTo?.message}
            {...register("replyTo")}
          />
          <label className="choice">
            <input type="checkbox" disabled={!canEdit} {...register("showPoweredBy")} /> Say "with
            Portico" in the small print of emails
          </label>
          {warnings.map((warning) => (
            <p key={warning} className="warning" role="status">
              {warning}
            </p>
          ))}
          {canEdit ? (
            <div>
              <Button type="submit" busy={isSubmitting} disabled={!isDirty}>
                Save branding
              </Button>
            </div>
          ) : (
            <p className="muted">Only owners and admins can change the branding.</p>
          )}
        </form>
      </section>
      <section className="card" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Preview</h2>
        <HeaderPreview branding={values as BrandingInput} />
        <EmailPreview branding={previewBranding} />
      </section>
    </div>
  );
}

function ColorField({
  label,
  value,
  error,
  disabled,
  onChange,
}: {
  label: string;
  value: string;
  error?: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="color-field">
      <TextField
        label={label}
        value={value}
        disabled={disabled}
        error={error}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      <input
        type="color"
        aria-label={`${label} picker`}
        value={HEX.test(value) ? value : "#000000"}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        className="color-swatch"
      />
    </div>
  );
}
