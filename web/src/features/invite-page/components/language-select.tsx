import type { AccessPageModel } from "@portico/domain/access-page-model";
import type { Locale } from "@portico/domain/i18n/locales";

/** The client's language, switchable: a labelled native select. */
export function LanguageSelect({
  page,
  onChange,
}: {
  page: Pick<AccessPageModel, "locale" | "languages" | "texts">;
  onChange: (locale: Locale) => void;
}) {
  return (
    <div className="access-page-language">
      <label htmlFor="page-language">{page.texts.language}</label>
      <select
        id="page-language"
        className="input"
        value={page.locale}
        onChange={(event) => onChange(event.target.value as Locale)}
      >
        {page.languages.map((language) => (
          <option key={language.id} value={language.id} lang={language.id}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
