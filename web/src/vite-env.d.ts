/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_EMULATORS?: string;
  /** "1" in component tests: the invite page calls the Functions emulator directly (lib/page-functions.ts). */
  readonly VITE_PAGE_FUNCTIONS_DIRECT?: string;
  /** Local mail capture page, linked from the app when running on the emulators. */
  readonly VITE_DEV_INBOX_URL?: string;
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
  readonly VITE_RECAPTCHA_ENTERPRISE_SITE_KEY?: string;
  readonly VITE_SENTRY_DSN?: string;
}
