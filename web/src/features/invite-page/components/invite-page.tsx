import {
  type AccessPageModel,
  type CompleteConnectionResult,
  servicesStillNeeded,
} from "@portico/domain/access-page-model";
import { isLocale, type Locale } from "@portico/domain/i18n/locales";
import type { Answer } from "@portico/domain/intake";
import { useCallback, useEffect, useRef, useState } from "react";
import { CallableError } from "../../../lib/callable-core";
import {
  invitePath,
  readInviteLocation,
  rememberConnection,
  takeConnection,
} from "../api/invite-location";
import {
  completeConnection,
  confirmService,
  failureMessage,
  grantService,
  openInvite,
  saveIntakeAnswers,
  skipService,
  startConnection,
  unavailablePage,
} from "../api/invite-page-api";
import { AccessPageView, AgencyHeader, INTAKE_HEADING_ID } from "./access-page-view";
import { AccountPickerDialog } from "./account-picker-dialog";
import { IntakeAnswers, QUESTION_ATTRIBUTE, type SaveState } from "./intake-answers";
import { LanguageSelect } from "./language-select";
import { serviceHeadingId } from "./service-card";
import { SkipDialog } from "./skip-dialog";
import {
  CompleteView,
  FINISH_HEADING_ID,
  FinishView,
  LoadingScreen,
  NeutralNotice,
  UnavailableScreen,
} from "./status-screens";

type Screen =
  | { kind: "loading" }
  | { kind: "notice"; notice: "callback" | "failed" }
  | {
      kind: "unavailable";
      title: string;
      body: string;
      agency?: AccessPageModel["agency"] | null;
    }
  | { kind: "page"; page: AccessPageModel }
  | { kind: "complete"; page: AccessPageModel }
  | { kind: "finish"; page: AccessPageModel };

type OpenDialog =
  | { kind: "skip"; serviceId: string }
  | { kind: "picker"; connection: CompleteConnectionResult };

/** How long the intake form waits after the last change before saving progress. */
const AUTOSAVE_DELAY_MS = 800;

/**
 * The client's access page (`/i/<token>`, and the platform's callback). Reads
 * and actions go through callables that answer with the fresh page model;
 * the page renders it, keeps the intake answers as typed, and moves focus to
 * what comes next after each action.
 */
export function InvitePage() {
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [busy, setBusyState] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const submittingRef = useRef(false);
  /** What is under way, read by handlers (a render's `busy` can be stale in a handler). */
  const busyRef = useRef<string | null>(null);
  const setBusy = useCallback((next: string | null) => {
    busyRef.current = next;
    setBusyState(next);
  }, []);
  const [alert, setAlert] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  const token = useRef("");
  /** The language the client picked (`?lang=`); the server's choice when undefined. */
  const locale = useRef<Locale | undefined>(undefined);
  const answersRef = useRef<Record<string, Answer> | null>(null);
  const unsaved = useRef(false);
  const autosave = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saves = useRef<Promise<unknown>>(Promise.resolve());
  const texts = useRef<AccessPageModel["texts"] | null>(null);
  const started = useRef(false);

  /** Renders a fresh model. `after`: the action it answers (to finish, or to move focus on). */
  const show = useCallback((page: AccessPageModel, after?: { serviceId?: string }) => {
    document.documentElement.lang = page.locale;
    document.title = page.texts.pageTitle;
    texts.current = page.texts;
    if (answersRef.current === null && page.intake) {
      answersRef.current = { ...page.intake.answers };
      setAnswers(answersRef.current);
    }
    setDialog(null);
    setDialogError(null);
    // One status decides, the same the board and the portal show (inviteStatus):
    // a required service the client skipped keeps the request in progress.
    if (!after) {
      setScreen({ kind: page.status === "complete" ? "complete" : "page", page });
      return;
    }
    if (page.status === "complete") {
      setScreen({ kind: "finish", page });
      setFocusTarget(FINISH_HEADING_ID);
      return;
    }
    setScreen({ kind: "page", page });
    setFocusTarget(nextFocus(page, after.serviceId));
  }, []);

  /** Shows a failure: the unavailable page, or a message beside what the client did. */
  const fail = useCallback((error: unknown, inDialog = false) => {
    const unavailable = unavailablePage(error);
    if (unavailable) {
      document.documentElement.lang = unavailable.locale;
      document.title = unavailable.title;
      setDialog(null);
      setScreen({ kind: "unavailable", ...unavailable });
      return;
    }
    if (!texts.current) {
      setScreen({ kind: "notice", notice: "failed" });
      return;
    }
    const message = failureMessage(error, texts.current.actionFailed);
    if (inDialog) setDialogError(message);
    else setAlert(message);
  }, []);

  const load = useCallback(async (): Promise<AccessPageModel | null> => {
    try {
      const page = await openInvite({
        token: token.current,
        locale: locale.current,
        fallbackLocale: browserLocale(),
      });
      show(page);
      return page;
    } catch (error) {
      if (error instanceof CallableError && error.code === "invalid-argument") {
        // A `?lang=` the server does not speak: open in the client's own language instead.
        if (error.fields.locale && locale.current) {
          locale.current = undefined;
          window.history.replaceState(null, "", invitePath(token.current, undefined));
          return load();
        }
        // A link cut short or mangled on the way: the server's word for it.
        if (error.fields.token) {
          setScreen({ kind: "unavailable", title: error.fields.token, body: "" });
          return null;
        }
      }
      fail(error);
      return null;
    }
  }, [show, fail]);

  /** Back from the platform's consent screen with a code: list the accounts to choose from. */
  const resumeConnection = useCallback(
    async (state: string, code: string) => {
      try {
        const result = await completeConnection({
          token: token.current,
          state,
          code,
          locale: locale.current,
        });
        show(result.page);
        setDialog({ kind: "picker", connection: result });
      } catch (error) {
        if (unavailablePage(error)) return fail(error);
        const page = await load();
        if (page) setAlert(failureMessage(error, page.texts.callbackError));
      }
    },
    [show, fail, load],
  );

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const where = readInviteLocation(window.location);
    if (where.kind === "invite") {
      token.current = where.token;
      locale.current = where.locale;
      void load();
      return;
    }
    const pending = where.kind === "callback" ? takeConnection(where.state) : null;
    if (where.kind !== "callback" || !pending) {
      setScreen({ kind: "notice", notice: "callback" });
      return;
    }
    token.current = pending.token;
    locale.current = pending.locale;
    window.history.replaceState(null, "", invitePath(pending.token, pending.locale));
    if (where.code && !where.error) void resumeConnection(where.state, where.code);
    else {
      // Back without a code: the client cancelled on the consent screen (or it failed). Say so.
      void load().then((page) => {
        if (!page) return;
        setAlert(
          where.error === "access_denied" ? page.texts.connectCancelled : page.texts.callbackError,
        );
      });
    }
  }, [load, resumeConnection]);

  // Back from the consent screen through the browser's history: the page is live again.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setBusy(null);
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, [setBusy]);

  useEffect(() => {
    if (!focusTarget) return;
    const element = focusTarget.startsWith("question:")
      ? document
          .querySelector(
            `[${QUESTION_ATTRIBUTE}="${CSS.escape(focusTarget.slice("question:".length))}"]`,
          )
          ?.querySelector<HTMLElement>("input, textarea")
      : document.getElementById(focusTarget);
    element?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  /** Saves the answers as they stand, after any save under way (saves never overtake each other). */
  const saveAnswers = useCallback(
    (submit: boolean, focusOnError = submit): Promise<boolean> => {
      clearTimeout(autosave.current);
      const run = async () => {
        const snapshot = answersRef.current ?? {};
        unsaved.current = false;
        setSaveState("saving");
        try {
          const page = await saveIntakeAnswers({
            token: token.current,
            answers: snapshot,
            submit,
            locale: locale.current,
          });
          setSaveState(unsaved.current ? "idle" : "saved");
          if (submit) show(page, {});
          else setScreen((current) => (current.kind === "page" ? { kind: "page", page } : current));
          return true;
        } catch (error) {
          unsaved.current = true;
          setSaveState("idle");
          if (error instanceof CallableError && error.code === "invalid-argument") {
            const errors = answerErrors(error.fields);
            setFieldErrors(errors);
            const first = firstQuestionWithError(errors);
            if (first) {
              if (focusOnError) setFocusTarget(`question:${first}`);
              return false;
            }
          }
          fail(error);
          return false;
        }
      };
      const next = saves.current.then(run);
      saves.current = next;
      return next;
    },
    [show, fail],
  );

  const answer = (questionId: string, value: Answer) => {
    answersRef.current = { ...answersRef.current, [questionId]: value };
    setAnswers(answersRef.current);
    setFieldErrors(({ [questionId]: _, ...others }) => others);
    unsaved.current = true;
    setSaveState("idle");
    clearTimeout(autosave.current);
    autosave.current = setTimeout(() => void saveAnswers(false), AUTOSAVE_DELAY_MS);
  };

  /** Runs one action on a service; the answer is the page to show. */
  const act = async (serviceId: string, run: () => Promise<AccessPageModel>, inDialog = false) => {
    if (busyRef.current) return;
    setBusy(serviceId);
    setAlert(null);
    try {
      show(await run(), { serviceId });
    } catch (error) {
      fail(error, inDialog);
    } finally {
      setBusy(null);
    }
  };

  const connect = async (serviceId: string) => {
    if (busyRef.current) return;
    setBusy(serviceId);
    setAlert(null);
    try {
      // Typed answers are saved before the browser leaves for the platform (or it stays).
      if (unsaved.current && !(await saveAnswers(false, true))) {
        setBusy(null);
        return;
      }
      const { authorizationUrl, state } = await startConnection({
        token: token.current,
        serviceId,
        locale: locale.current,
      });
      rememberConnection(state, { token: token.current, serviceId, locale: locale.current });
      window.location.assign(authorizationUrl);
    } catch (error) {
      fail(error);
      setBusy(null);
    }
  };

  const changeLanguage = async (next: Locale) => {
    locale.current = next;
    window.history.replaceState(null, "", invitePath(token.current, next));
    setAlert(null);
    try {
      show(await openInvite({ token: token.current, locale: next }));
    } catch (error) {
      fail(error);
    }
  };

  /** Sending the answers does not wait for a service action under way: each stands alone. */
  const submitAnswers = async () => {
    if (submittingRef.current) return;
    submittingRef.current = true;
    setSubmitting(true);
    setAlert(null);
    await saveAnswers(true);
    submittingRef.current = false;
    setSubmitting(false);
  };

  if (screen.kind === "loading") return <LoadingScreen />;
  if (screen.kind === "notice") return <NeutralNotice kind={screen.notice} />;
  if (screen.kind === "unavailable") {
    return <UnavailableScreen title={screen.title} body={screen.body} agency={screen.agency} />;
  }

  const { page } = screen;
  const switcher =
    screen.kind === "finish" ? null : (
      <LanguageSelect page={page} onChange={(next) => void changeLanguage(next)} />
    );
  const dialogService =
    dialog?.kind === "skip"
      ? page.services.find((service) => service.serviceId === dialog.serviceId)
      : undefined;

  return (
    <div className="access-page access-page-full">
      <a href="#main" className="skip-link">
        {page.texts.skipLink}
      </a>
      <AgencyHeader agency={page.agency}>{switcher}</AgencyHeader>
      <main id="main" className="access-page-body">
        {screen.kind === "finish" && <FinishView page={page} />}
        {screen.kind === "complete" && <CompleteView page={page} />}
        {screen.kind === "page" && (
          <AccessPageView
            page={page}
            headingLevel={1}
            actions={{
              kind: "live",
              busyServiceId: busy,
              onConnect: (serviceId) => void connect(serviceId),
              onConfirm: (serviceId) =>
                void act(serviceId, () =>
                  confirmService({ token: token.current, serviceId, locale: locale.current }),
                ),
              onSkip: (serviceId) => setDialog({ kind: "skip", serviceId }),
            }}
            intake={
              page.intake && (
                <IntakeAnswers
                  intake={page.intake}
                  page={page}
                  answers={answers}
                  errors={fieldErrors}
                  saveState={saveState}
                  submitting={submitting}
                  onAnswer={answer}
                  onSubmit={() => void submitAnswers()}
                />
              )
            }
          />
        )}
        <div className="access-page-alert" role="alert">
          {alert && <p className="form-error">{alert}</p>}
        </div>
        {dialogService && (
          <SkipDialog
            service={dialogService}
            page={page}
            busy={busy !== null}
            error={dialogError}
            onClose={() => {
              setDialog(null);
              setFocusTarget(serviceHeadingId(dialogService.serviceId));
            }}
            onSkip={(reason) =>
              void act(
                dialogService.serviceId,
                () =>
                  skipService({
                    token: token.current,
                    serviceId: dialogService.serviceId,
                    reason,
                    locale: locale.current,
                  }),
                true,
              )
            }
          />
        )}
        {dialog?.kind === "picker" && (
          <AccountPickerDialog
            connection={dialog.connection}
            page={page}
            busy={busy !== null}
            error={dialogError}
            onClose={() => {
              setDialog(null);
              setFocusTarget(serviceHeadingId(dialog.connection.serviceId));
            }}
            onGrant={(accountId) =>
              void act(
                dialog.connection.serviceId,
                () =>
                  grantService({
                    token: token.current,
                    state: dialog.connection.state,
                    accountId,
                    locale: locale.current,
                  }),
                true,
              )
            }
          />
        )}
      </main>
    </div>
  );
}

/**
 * After an action: the next service still waiting, else the intake form when
 * it is, else a required service the client skipped (the request needs it).
 */
function nextFocus(page: AccessPageModel, serviceId: string | undefined): string | null {
  const index = page.services.findIndex((service) => service.serviceId === serviceId);
  const waiting = (service: AccessPageModel["services"][number]) => service.status === "pending";
  const next = page.services.slice(index + 1).find(waiting) ?? page.services.find(waiting);
  if (next) return serviceHeadingId(next.serviceId);
  if (page.intake && page.intake.status !== "done") return INTAKE_HEADING_ID;
  const needed = servicesStillNeeded(page)[0];
  return needed ? serviceHeadingId(needed.serviceId) : null;
}

/** The browser's language when Portico speaks it: the words for a link nobody can place. */
function browserLocale(): Locale | undefined {
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : undefined;
}

/** `answers.<questionId>` field messages, keyed by question. */
function answerErrors(fields: Record<string, string>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith("answers.")) errors[key.slice("answers.".length)] = message;
  }
  return errors;
}

/** The first refused question in the form's order. */
function firstQuestionWithError(errors: Record<string, string>): string | null {
  const element = Array.from(document.querySelectorAll(`[${QUESTION_ATTRIBUTE}]`)).find(
    (candidate) => (candidate.getAttribute(QUESTION_ATTRIBUTE) ?? "") in errors,
  );
  return element?.getAttribute(QUESTION_ATTRIBUTE) ?? null;
}
