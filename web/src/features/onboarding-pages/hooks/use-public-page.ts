import type { Locale } from "@portico/domain/i18n/locales";
import type {
  OnboardingPublicModel,
  OnboardingUnavailableDetails,
} from "@portico/domain/onboarding-pages/public-model";
import { useCallback, useEffect, useRef, useState } from "react";
import { CallableError, SERVER_FAULT_CODES } from "../../../lib/callable-core";
import {
  openOnboardingPage,
  type PublicPageLocation,
  readPublicPageLocation,
  submitOnboardingPage,
  unavailablePage,
} from "../api/public-page-api";

export type VisitorValues = {
  name: string;
  company: string;
  email: string;
  website: string;
  acceptTerms: boolean;
  fax: string;
};

export type PublicScreen =
  | { kind: "loading" }
  | { kind: "unavailable"; page: OnboardingUnavailableDetails["onboardingUnavailable"] }
  | { kind: "form"; model: OnboardingPublicModel }
  /** Embedded in another site: the grant flow opens in its own tab. */
  | { kind: "continue"; model: OnboardingPublicModel; url: string }
  | { kind: "failed" };

const browserLanguages = () => [...(navigator.languages ?? [navigator.language])].slice(0, 10);

/**
 * The public access page: opens the page (one view), switches language
 * (no view), and sends the visitor's details; on success the visitor goes
 * straight on to the invite's grant flow (`/i/<token>`).
 */
export function usePublicPage() {
  const [where] = useState<PublicPageLocation | null>(() =>
    readPublicPageLocation(window.location),
  );
  const [screen, setScreen] = useState<PublicScreen>({ kind: "loading" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  const open = useCallback(
    async (locale: Locale | undefined, countView: boolean) => {
      if (!where) return setScreen({ kind: "failed" });
      try {
        const model = await openOnboardingPage({
          agencyId: where.agencyId,
          slug: where.slug,
          ...(locale ? { locale } : {}),
          browserLanguages: browserLanguages(),
          countView,
        });
        document.documentElement.lang = model.locale;
        document.title = model.texts.title;
        setScreen({ kind: "form", model });
      } catch (error) {
        const page = unavailablePage(error);
        if (page) {
          document.documentElement.lang = page.locale;
          document.title = page.title;
          setScreen({ kind: "unavailable", page });
        } else setScreen({ kind: "failed" });
      }
    },
    [where],
  );

  useEffect(() => {
    // Once, even under StrictMode's double effects: each opening is a view.
    if (started.current) return;
    started.current = true;
    void open(where?.locale, true);
  }, [open, where]);

  const changeLanguage = (locale: Locale) => {
    const url = new URL(window.location.href);
    url.searchParams.set("lang", locale);
    window.history.replaceState(null, "", url);
    setFieldErrors({});
    setAlert(null);
    void open(locale, false);
  };

  const submit = async (values: VisitorValues) => {
    if (screen.kind !== "form" || !where || busy) return;
    const { model } = screen;
    setBusy(true);
    setAlert(null);
    setFieldErrors({});
    try {
      const result = await submitOnboardingPage({
        agencyId: where.agencyId,
        slug: where.slug,
        locale: model.locale,
        browserLanguages: browserLanguages(),
        details: { ...values },
        ref: where.ref,
      });
      if (where.embedded) setScreen({ kind: "continue", model, url: result.url });
      else window.location.assign(result.url);
    } catch (error) {
      const page = unavailablePage(error);
      if (page) setScreen({ kind: "unavailable", page });
      else if (error instanceof CallableError && Object.keys(error.fields).length > 0) {
        setFieldErrors(error.fields);
      } else if (error instanceof CallableError && !SERVER_FAULT_CODES.includes(error.code)) {
        setAlert(error.message || model.texts.failed);
      } else setAlert(model.texts.failed);
    } finally {
      setBusy(false);
    }
  };

  return { screen, fieldErrors, alert, busy, changeLanguage, submit };
}
