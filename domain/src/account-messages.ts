import { type AccountMessages, PASSWORD_MIN_LENGTH } from "./account";
import type { Locale } from "./i18n/locales";
import { translator } from "./i18n/translator";

/** The account fields' messages in `locale` (the client portal's forms). */
export function accountMessages(locale: Locale): AccountMessages {
  const t = translator(locale);
  return {
    emailRequired: t("validation.account.emailRequired"),
    emailTooLong: t("validation.account.emailTooLong"),
    emailInvalid: t("validation.account.emailInvalid"),
    choosePassword: t("validation.account.choosePassword"),
    passwordTooShort: t("validation.account.passwordTooShort", { min: PASSWORD_MIN_LENGTH }),
    passwordTooLong: t("validation.account.passwordTooLong"),
    passwordLetterDigit: t("validation.account.passwordLetterDigit"),
    enterPassword: t("validation.account.enterPassword"),
    nameRequired: t("validation.account.nameRequired"),
    nameTooLong: t("validation.account.nameTooLong"),
  };
}
