import type { Locale } from "./locales";

/**
 * What a page says when it fails to render, in every language. Kept apart
 * from the main catalogues so the client's light invite page can carry it
 * without them; a Record over every locale, so a missing language does not
 * type-check.
 */
export interface ErrorScreenTexts {
  title: string;
  body: string;
  retry: string;
  staleTitle: string;
  staleBody: string;
  reload: string;
}

export const ERROR_SCREEN_TEXTS: Record<Locale, ErrorScreenTexts> = {
  en: {
    title: "Something went wrong",
    body: "This page ran into a problem. Try again; if it keeps happening, reload the page.",
    retry: "Try again",
    staleTitle: "A new version is available",
    staleBody: "This page was updated since you opened it. Reload to get the latest version.",
    reload: "Reload the page",
  },
  es: {
    title: "Algo salió mal",
    body: "Esta página tuvo un problema. Inténtalo de nuevo; si sigue pasando, recarga la página.",
    retry: "Intentar de nuevo",
    staleTitle: "Hay una nueva versión",
    staleBody:
      "Esta página se actualizó desde que la abriste. Recárgala para ver la versión más reciente.",
    reload: "Recargar la página",
  },
  nl: {
    title: "Er ging iets mis",
    body: "Deze pagina liep tegen een probleem aan. Probeer het opnieuw; blijft het gebeuren, herlaad dan de pagina.",
    retry: "Opnieuw proberen",
    staleTitle: "Er is een nieuwe versie",
    staleBody: "Deze pagina is bijgewerkt sinds je hem opende. Herlaad voor de nieuwste versie.",
    reload: "Pagina herladen",
  },
};
