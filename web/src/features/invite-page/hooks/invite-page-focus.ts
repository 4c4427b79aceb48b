import { type AccessPageModel, servicesStillNeeded } from "@portico/domain/access-page-model";
import { isLocale, type Locale } from "@portico/domain/i18n/locales";
import { INTAKE_HEADING_ID } from "../components/access-page-view";
import { QUESTION_ATTRIBUTE } from "../components/intake-answers";
import { serviceHeadingId } from "../components/service-card";

/** Focuses a heading by id, or (`question:<id>`) a question's first field. */
export function focusElement(target: string): void {
  const element = target.startsWith("question:")
    ? document
        .querySelector(`[${QUESTION_ATTRIBUTE}="${CSS.escape(target.slice("question:".length))}"]`)
        ?.querySelector<HTMLElement>("input, textarea")
    : document.getElementById(target);
  element?.focus();
}

/**
 * After an action: the next service still waiting, else the intake form when
 * it is, else a required service the client skipped (the request needs it).
 */
export function nextFocus(page: AccessPageModel, serviceId: string | undefined): string | null {
  const index = page.services.findIndex((service) => service.serviceId === serviceId);
  const waiting = (service: AccessPageModel["services"][number]) => service.status === "pending";
  const next = page.services.slice(index + 1).find(waiting) ?? page.services.find(waiting);
  if (next) return serviceHeadingId(next.serviceId);
  if (page.intake && page.intake.status !== "done") return INTAKE_HEADING_ID;
  const needed = servicesStillNeeded(page)[0];
  return needed ? serviceHeadingId(needed.serviceId) : null;
}

/** The browser's language when Portico speaks it: the words for a link nobody can place. */
export function browserLocale(): Locale | undefined {
  const browser = navigator.language.slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : undefined;
}
