/**
 * Where errors go. In production, when VITE_SENTRY_DSN is set, to Sentry
 * (its SDK is loaded only when the first error comes, so it costs nothing
 * up front); locally, and always, to the console.
 */
type Sentry = typeof import("@sentry/browser");

let sentry: Promise<Sentry | null> | undefined;

function loadSentry(): Promise<Sentry | null> {
  const dsn = import.meta.env.VITE_SENTRY_DSN;
  if (!dsn || import.meta.env.VITE_EMULATORS) return Promise.resolve(null);
  sentry ??= import("@sentry/browser").then((module) => {
    module.init({ dsn, environment: import.meta.env.MODE });
    return module;
  });
  return sentry;
}

export function reportError(error: unknown, context: Record<string, string> = {}): void {
  console.error(error, context);
  void loadSentry()
    .then((module) => module?.captureException(error, { tags: context }))
    .catch(() => undefined);
}

/** A lazy chunk that no longer exists: the app was deployed again since this tab loaded. */
export function isStaleChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i.test(
    message,
  );
}
