import { localAppCheckToken } from "@portico/domain/app-check";
import {
  CustomProvider,
  initializeAppCheck,
  ReCaptchaEnterpriseProvider,
} from "firebase/app-check";
import { app, emulatorPorts } from "./firebase-app";

/**
 * App Check: every callable refuses requests without a valid token. In
 * production the token comes from reCAPTCHA Enterprise (site key in
 * VITE_RECAPTCHA_ENTERPRISE_SITE_KEY); on the emulators from a local,
 * unsigned token the Functions emulator accepts.
 */
function provider() {
  if (emulatorPorts) return new CustomProvider({ getToken: async () => localAppCheckToken() });
  const siteKey = import.meta.env.VITE_RECAPTCHA_ENTERPRISE_SITE_KEY;
  if (!siteKey) {
    throw new Error("VITE_RECAPTCHA_ENTERPRISE_SITE_KEY is not set: App Check cannot start.");
  }
  return new ReCaptchaEnterpriseProvider(siteKey);
}

initializeAppCheck(app, {
  provider: provider(),
  isTokenAutoRefreshEnabled: true,
});
