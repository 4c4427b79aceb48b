import i18next, { type TFunction } from "i18next";
import { en } from "./en";
import { es } from "./es";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { nl } from "./nl";

export const resources = {
  en: { translation: en },
  es: { translation: es },
  nl: { translation: nl },
} as const;

const translators = new Map<Locale, TFunction>();

/**
 * A synchronous `t` for one language, for emails and server messages. Values
 * are inserted as text; React and the email renderer escape them.
 */
export function translator(locale: Locale): TFunction {
  let t = translators.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t;
    translators.set(locale, t);
  }
  return t;
}
