// One thing, over 300 lines: the access page's state machine (screens, dialogs, actions and their outcomes).
import type { AccessPageModel, CompleteConnectionResult } from "@portico/domain/access-page-model";
import type { Locale } from "@portico/domain/i18n/locales";
import { useCallback, useEffect, useRef, useState } from "react";
import { CallableError } from "../../../lib/callable-core";
import { takeEarlyOpen } from "../api/early-open";
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
  skipService,
  startConnection,
  unavailablePage,
} from "../api/invite-page-api";
import { serviceHeadingId } from "../components/service-card";
import { FINISH_HEADING_ID } from "../components/status-screens";
import { browserLocale, focusElement, nextFocus } from "./invite-page-focus";
import type { OpenDialog, Screen } from "./invite-screen";
import { type IntakeAutosave, useIntakeAutosave } from "./use-intake-autosave";

export interface InvitePageState {
  screen: Screen;
  /** The service whose action is under way. */
  busy: string | null;
  /** The message beside what the client did, in their language. */
  alert: string | null;
  dialog: OpenDialog | null;
  dialogError: string | null;
  intake: IntakeAutosave;
  /** The service cards' actions (AccessPageView's live actions). */
  serviceActions: {
    onConnect: (serviceId: string) => void;
    onConfirm: (serviceId: string) => void;
    /** Opens the dialog that asks why a service is skipped. */
    onSkip: (serviceId: string) => void;
  };
  skip: (serviceId: string, reason: string) => void;
  /** Grants the picked account in the account picker. */
  grant: (connection: CompleteConnectionResult, accountId: string) => void;
  /** Closes the dialog and puts focus back on its service. */
  closeDialog: (serviceId: string) => void;
  changeLanguage: (next: Locale) => void;
  submitAnswers: () => void;
}

/**
 * The client's access page as a state machine (`/i/<token>`, and the
 * platform's callback): reads and actions go through callables that answer
 * with the fresh page model; after each action focus moves to what comes next.
 */
export function useInvitePage(): InvitePageState {
  const [screen, setScreen] = useState<Screen>({ kind: "loading" });
  const [busy, setBusyState] = useState<string | null>(null);
  /** What is under way, read by handlers (a render's `busy` can be stale in a handler). */
  const busyRef = useRef<string | null>(null);
  const setBusy = useCallback((next: string | null) => {
    busyRef.current = next;
    setBusyState(next);
  }, []);
  const [alert, setAlert] = useState<string | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  const token = useRef("");
  /** The language the client picked (`?lang=`); the server's choice when undefined. */
  const locale = useRef<Locale | undefined>(undefined);
  const texts = useRef<AccessPageModel["texts"] | null>(null);
  const started = useRef(false);

  const intake = useIntakeAutosave(token, locale, {
    onSaved: (page, submitted) => {
      if (submitted) show(page, {});
      else setScreen((current) => (current.kind === "page" ? { kind: "page", page } : current));
    },
    onFailed: (error) => fail(error),
    onFocus: setFocusTarget,
  });
  const { adopt, saveUnsaved } = intake;

  /** Renders a fresh model. `after`: the action it answers (to finish, or to move focus on). */
  const show = useCallback(
    (page: AccessPageModel, after?: { serviceId?: string }) => {
      document.documentElement.lang = page.locale;
      document.title = page.texts.pageTitle;
      texts.current = page.texts;
      adopt(page);
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
    },
    [adopt],
  );

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
      const input = {
        token: token.current,
        locale: locale.current,
        fallbackLocale: browserLocale(),
      };
      // The first load takes what invite.html asked for while this code downloaded.
      const page = (await takeEarlyOpen(input)) ?? (await openInvite(input));
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
    focusElement(focusTarget);
    setFocusTarget(null);
  }, [focusTarget]);

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
      if (!(await saveUnsaved())) {
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

  return {
    screen,
    busy,
    alert,
    dialog,
    dialogError,
    intake,
    serviceActions: {
      onConnect: connect,
      onConfirm: (serviceId) =>
        act(serviceId, () =>
          confirmService({ token: token.current, serviceId, locale: locale.current }),
        ),
      onSkip: (serviceId) => setDialog({ kind: "skip", serviceId }),
    },
    skip: (serviceId, reason) =>
      act(
        serviceId,
        () =>
          skipService({
            token: token.current,
            serviceId,
            reason,
            locale: locale.current,
          }),
        true,
      ),
    grant: (connection, accountId) =>
      act(
        connection.serviceId,
        () =>
          grantService({
            token: token.current,
            state: connection.state,
            accountId,
            locale: locale.current,
          }),
        true,
      ),
    closeDialog: (serviceId) => {
      setDialog(null);
      setFocusTarget(serviceHeadingId(serviceId));
    },
    changeLanguage,
    // The form sends only when no send is under way.
    submitAnswers: () => {
      setAlert(null);
      void intake.submit();
    },
  };
}
