// Its own styles come with its chunk: the invite page's entry stays as it is.
import "../../../styles/onboarding-pages.css";
import { usePublicPage } from "../hooks/use-public-page";
import { BrandHeader, brandStyle, LanguageSwitch, PublicPageForm } from "./public-page-view";

/** Before the page knows the visitor's language: one short line in each. */
const FAILED = [
  { lang: "en", text: "This page couldn't be loaded. Please try again later." },
  { lang: "es", text: "No se pudo cargar esta página. Inténtalo de nuevo más tarde." },
  { lang: "nl", text: "Deze pagina kon niet worden geladen. Probeer het later opnieuw." },
];

/**
 * The public access page (`/p/<agencyId>/<slug>`, and `/embed/p/…` inside
 * another site): branded, in the visitor's language with a switch. The
 * visitor's details lead straight into the invite's grant flow.
 */
export function PublicOnboardingPage() {
  const page = usePublicPage();
  const { screen } = page;

  if (screen.kind === "loading") {
    return (
      <main className="access-status" aria-busy="true">
        <span className="spinner" aria-hidden="true" />
      </main>
    );
  }
  if (screen.kind === "failed") {
    return (
      <main id="main" className="access-status">
        {FAILED.map((line) => (
          <p key={line.lang} lang={line.lang}>
            {line.text}
          </p>
        ))}
      </main>
    );
  }
  if (screen.kind === "unavailable") {
    const message = (
      <main id="main" className="access-status">
        <h1>{screen.page.title}</h1>
        <p>{screen.page.body}</p>
      </main>
    );
    return screen.page.agency ? (
      <div className="access-page access-page-full">
        <BrandHeader agency={screen.page.agency} />
        {message}
      </div>
    ) : (
      message
    );
  }

  const { model } = screen;
  return (
    <div className="access-page access-page-full" lang={model.locale}>
      <a href="#main" className="skip-link">
        {model.texts.skipLink}
      </a>
      <BrandHeader agency={model.agency}>
        {screen.kind === "form" && <LanguageSwitch model={model} onChange={page.changeLanguage} />}
      </BrandHeader>
      <main id="main" className="access-page-body">
        {screen.kind === "form" ? (
          <PublicPageForm
            model={model}
            headingLevel={1}
            fieldErrors={page.fieldErrors}
            alert={page.alert}
            busy={page.busy}
            onSubmit={(values) => void page.submit(values)}
          />
        ) : (
          <>
            <h1>{model.texts.title}</h1>
            <a
              className="btn btn-primary access-page-primary"
              style={brandStyle(model.agency)}
              href={screen.url}
              target="_blank"
              rel="noopener"
            >
              {model.texts.submit}
            </a>
          </>
        )}
      </main>
    </div>
  );
}
