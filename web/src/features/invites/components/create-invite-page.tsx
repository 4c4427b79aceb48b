// One thing, over 300 lines: the Create Invite wizard, whose steps share one form, its per-step checks and the way back to a refused field.
import { zodResolver } from "@hookform/resolvers/zod";
import { createInviteCallable } from "@portico/domain/callables/invites";
import { intakeFormOffered } from "@portico/domain/intake";
import {
  type AfterGrantChoice,
  afterGrantProblems,
  type CreateInviteInput,
  createInviteInputSchema,
  inviteServiceProblems,
  noEmailForInviteMessage,
} from "@portico/domain/invites";
import { canEditAgencyData } from "@portico/domain/roles";
import { useEffect, useRef, useState } from "react";
import { type FieldPath, useForm } from "react-hook-form";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { z } from "zod";
import { Button } from "../../../components/button";
import { EmptyState } from "../../../components/empty-state";
import { FormError } from "../../../components/form-field";
import { LoadingScreen } from "../../../components/spinner";
import { useAgency } from "../../../data/agency-repository";
import { useInviteClient } from "../../../data/invites-repository";
import {
  useBranding,
  useConnectedAccounts,
  useGeneralSettings,
  useIntakeForm,
} from "../../../data/settings-repository";
import { CallableError, call } from "../../../lib/callable";
import { applyServerErrors } from "../../../lib/server-errors";
import { useAgencySession } from "../../../lib/session";
import { CreateInviteAfterStep } from "./create-invite-after-step";
import { CreateInviteClientStep } from "./create-invite-client-step";
import {
  type AccessPagePreviewComponent,
  CreateInvitePreviewStep,
} from "./create-invite-preview-step";
import { type CreatedInvite, CreateInviteSuccess } from "./create-invite-success";
import { CreateInviteSummary } from "./create-invite-summary";
import {
  clearInviteDraft,
  inviteDraftKey,
  readInviteDraft,
  useSaveInviteDraft,
} from "./invite-draft";
import {
  asRequested,
  fitChoicesToClient,
  ServiceChoices,
  serviceChoiceErrors,
  serviceListError,
} from "./service-choices";

type InviteOutput = z.output<typeof createInviteInputSchema>;

/** The seed's steps, in its order. */
const STEPS = [
  { label: "Client", heading: "Select an existing client or create a new one" },
  { label: "Choose accounts", heading: "Choose accounts" },
  { label: "Preview your link", heading: "Preview your link" },
  { label: "Thank you message", heading: "Add an optional thank you message or redirect" },
  { label: "Summary", heading: "Review the summary" },
] as const;

/** The step that shows a field, so a server error can take the user back to it. */
function stepOfField(field: string): number {
  if (field === "clientId") return 0;
  if (field.startsWith("services") || field === "intakeForm") return 1;
  if (field === "thankYouMessage" || field === "redirectUrl") return 3;
  return 4;
}

const EMPTY_INVITE: CreateInviteInput = {
  clientId: "",
  services: [],
  intakeForm: false,
  thankYouMessage: "",
  redirectUrl: "",
  sendEmail: true,
  retainTokens: false,
};

/** Create Invite (`/invites/new`, `?client=<id>` preselects the client). */
/**
 * The wizard. `AccessPagePreview` renders the client's access page in the
 * preview step; the app passes the invite page's own view in, so this feature
 * does not import that one.
 */
export function CreateInvitePage({
  AccessPagePreview,
}: {
  AccessPagePreview: AccessPagePreviewComponent;
}) {
  const { agency } = useAgencySession();
  if (!canEditAgencyData(agency.role)) {
    return (
      <>
        <div className="page-header">
          <h1>Create Invite</h1>
        </div>
        <EmptyState title="Viewers can't create invites">
          Your role in this workspace is Viewer, so you can watch the Dashboard but not send access
          requests. Ask an owner or admin to change your role.
          <p>
            <Link to="/dashboard">Back to the Dashboard</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  return <CreateInviteWizard agencyId={agency.agencyId} AccessPagePreview={AccessPagePreview} />;
}

function CreateInviteWizard({
  agencyId,
  AccessPagePreview,
}: {
  agencyId: string;
  AccessPagePreview: AccessPagePreviewComponent;
}) {
  const { user } = useAgencySession();
  const [searchParams] = useSearchParams();
  const draftKey = inviteDraftKey(user.uid, agencyId);
  // Read once: the wizard comes back as it was left (see invite-draft.ts).
  const [draft] = useState(() => readInviteDraft(draftKey, searchParams.get("client")));
  const navigate = useNavigate();
  const agencyDoc = useAgency(agencyId);
  const accounts = useConnectedAccounts(agencyId);
  const intake = useIntakeForm(agencyId);
  const general = useGeneralSettings(agencyId);
  const { branding } = useBranding(agencyId, agencyDoc.data?.name ?? "");
  const [step, setStep] = useState(draft?.step ?? 0);
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [after, setAfter] = useState<AfterGrantChoice>("standard");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const form = useForm<CreateInviteInput, unknown, InviteOutput>({
    resolver: zodResolver(createInviteInputSchema),
    defaultValues: draft?.values ?? { ...EMPTY_INVITE, clientId: searchParams.get("client") ?? "" },
  });
  useSaveInviteDraft(draftKey, form, step, created === null);
  const {
    watch,
    setValue,
    setError,
    clearErrors,
    trigger,
    getValues,
    reset,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const values = watch();
  const clientState = useInviteClient(agencyId, values.clientId || null);
  const client = values.clientId && clientState.data ? clientState.data : null;
  const clientMissing = Boolean(values.clientId) && clientState.status === "ready" && !client;
  // Next waits (busy) while the chosen client loads: clicked then, it used to do nothing at all.
  const clientLoading = Boolean(values.clientId) && clientState.status === "loading";
  const accountRows = accounts.data ?? [];
  const offerIntake = intakeFormOffered(intake.form);

  // A different client type can rule out levels chosen before: move them to the default.
  const clientType = client?.type ?? "client";
  useEffect(() => {
    const current = getValues("services");
    const fitted = fitChoicesToClient(current, clientType);
    if (fitted.some((choice, index) => choice !== current[index])) setValue("services", fitted);
  }, [clientType, getValues, setValue]);

  // Focus the new step's heading so keyboard and screen-reader users land on it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [step, created]);

  if (accounts.status === "loading" || intake.form === null || general.settings === null) {
    return <LoadingScreen label="Loading the invite builder" />;
  }

  const goTo = (next: number) => {
    setFormError(null);
    setStep(next);
  };

  /** Checks the current step's fields; the domain's messages show beside them. */
  const validateStep = async (current: number): Promise<boolean> => {
    if (current === 0) {
      if (!(await trigger("clientId"))) return false;
      if (clientMissing) {
        setError("clientId", { message: "Choose or create a client first." });
        return false;
      }
      return client !== null;
    }
    if (current === 1) {
      const listOk = await trigger("services");
      if (!client) return false;
      // The domain's words (e.g. which account to connect) win over the schema's generic ones.
      const problems = inviteServiceProblems(
        asRequested(getValues("services")),
        client.type,
        accountRows,
      );
      for (const [field, message] of Object.entries(problems)) {
        setError(field as FieldPath<CreateInviteInput>, { message });
      }
      return listOk && Object.keys(problems).length === 0;
    }
    if (current === 3) {
      const valid = await trigger(["thankYouMessage", "redirectUrl"]);
      const problems = afterGrantProblems(after, getValues());
      for (const [field, message] of Object.entries(problems)) {
        setError(field as "thankYouMessage" | "redirectUrl", { message });
      }
      return valid && Object.keys(problems).length === 0;
    }
    if (current === 4 && getValues("sendEmail") && client && !client.email) {
      setError("sendEmail", {
        message: noEmailForInviteMessage(client.name),
      });
      return false;
    }
    return true;
  };

  /** Takes keyboard and screen-reader users to the first problem of the step. */
  const showFirstProblem = () => {
    requestAnimationFrame(() => {
      const section = headingRef.current?.parentElement;
      const field = section?.querySelector<HTMLElement>(
        'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]',
      );
      const message = section?.querySelector<HTMLElement>(".field-error, .form-error");
      if (field) field.focus();
      else message?.scrollIntoView({ block: "center" });
    });
  };

  const next = async () => {
    if (await validateStep(step)) goTo(step + 1);
    else showFirstProblem();
  };

  const send = handleSubmit(
    async (input) => {
      setFormError(null);
      if (!(await validateStep(3))) {
        setStep(3);
        return showFirstProblem();
      }
      if (!(await validateStep(4))) return showFirstProblem();
      try {
        const result = await call(createInviteCallable, input);
        clearInviteDraft(draftKey);
        setCreated({
          ...result,
          clientName: client?.name ?? "",
          emailedTo: input.sendEmail ? (client?.email ?? "") : null,
        });
      } catch (error) {
        const message = applyServerErrors(error, setError);
        const fields = error instanceof CallableError ? Object.keys(error.fields) : [];
        const first = Math.min(...fields.map(stepOfField), 4);
        setFormError(message);
        setStep(first);
        if (first === step) showFirstProblem();
      }
    },
    (invalid) => {
      const first = Math.min(...Object.keys(invalid).map(stepOfField), 4);
      setStep(first);
    },
  );

  const startAgain = () => {
    clearInviteDraft(draftKey);
    reset(EMPTY_INVITE);
    setAfter("standard");
    setCreated(null);
    setFormError(null);
    setStep(0);
    navigate("/invites/new", { replace: true });
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Create Invite</h1>
          <p className="muted">
            A one-time request for access to your client's accounts, with an optional intake form.
          </p>
        </div>
      </div>
      {created ? (
        <CreateInviteSuccess
          invite={created}
          headingRef={headingRef}
          onCreateAnother={startAgain}
        />
      ) : (
        <div className="card wizard">
          <ol className="wizard-steps" aria-label="Steps">
            {STEPS.map((candidate, index) => (
              <li
                key={candidate.label}
                aria-current={index === step ? "step" : undefined}
                className={index < step ? "done" : undefined}
              >
                {index < step ? (
                  <button type="button" className="wizard-step-link" onClick={() => goTo(index)}>
                    <span className="wizard-step-number">{index + 1}</span>
                    {candidate.label}
                  </button>
                ) : (
                  <span>
                    <span className="wizard-step-number">{index + 1}</span>
                    {candidate.label}
                  </span>
                )}
              </li>
            ))}
          </ol>
          <section className="wizard-step" aria-labelledby="wizard-step-heading">
            <h2 id="wizard-step-heading" ref={headingRef} tabIndex={-1}>
              {STEPS[step]?.heading}
            </h2>
            <FormError>{formError}</FormError>
            {step === 0 && (
              <CreateInviteClientStep
                agencyId={agencyId}
                defaultLanguage={general.settings.defaultLocale}
                selected={client}
                error={errors.clientId?.message}
                onSelect={(clientId) => {
                  setValue("clientId", clientId);
                  clearErrors("clientId");
                }}
              />
            )}
            {step === 1 && client && (
              <div className="stack">
                <p className="muted">
                  Request only the services you need right now, at the lowest access level that
                  works
                  {client.type === "prospect"
                    ? `. ${client.name} is a Prospect: requests are limited to read-only access where the platform supports access levels.`
                    : "."}
                </p>
                {offerIntake && (
                  <label className="choice toggle">
                    <input
                      type="checkbox"
                      role="switch"
                      aria-checked={values.intakeForm ?? false}
                      checked={values.intakeForm ?? false}
                      aria-describedby={errors.intakeForm ? "intake-toggle-error" : undefined}
                      onChange={(event) => setValue("intakeForm", event.target.checked)}
                    />
                    Intake Form
                    <span className="field-hint">
                      The client answers your intake questions in the same flow.
                    </span>
                  </label>
                )}
                {errors.intakeForm && (
                  <p id="intake-toggle-error" className="field-error" role="alert">
                    {errors.intakeForm.message}
                  </p>
                )}
                <ServiceChoices
                  value={values.services}
                  clientType={client.type}
                  accounts={accountRows}
                  errors={serviceChoiceErrors(values.services, errors.services)}
                  listError={serviceListError(errors.services)}
                  onChange={(services) => {
                    setValue("services", services);
                    clearErrors("services");
                  }}
                />
              </div>
            )}
            {step === 2 && client && branding && (
              <CreateInvitePreviewStep
                AccessPagePreview={AccessPagePreview}
                branding={branding}
                client={client}
                services={values.services}
                accounts={accountRows}
                questions={values.intakeForm && intake.form ? intake.form.questions : null}
                finish={{
                  thankYouMessage: values.thankYouMessage ?? "",
                  redirectUrl: values.redirectUrl ?? "",
                }}
              />
            )}
            {step === 3 && (
              <CreateInviteAfterStep form={form} after={after} onAfterChange={setAfter} />
            )}
            {step === 4 && client && (
              <CreateInviteSummary
                form={form}
                client={client}
                accounts={accountRows}
                intakeQuestions={intake.form?.questions.length ?? 0}
              />
            )}
            <div className="wizard-actions">
              {step > 0 && (
                <Button variant="secondary" onClick={() => goTo(step - 1)}>
                  Back
                </Button>
              )}
              {step < STEPS.length - 1 ? (
                <Button busy={step === 0 && clientLoading} onClick={() => void next()}>
                  Next
                </Button>
              ) : (
                <Button busy={isSubmitting} onClick={() => void send()}>
                  Send
                </Button>
              )}
            </div>
          </section>
        </div>
      )}
    </>
  );
}
