/**
 * Build-time check of the web app's Firebase settings (vite.config.ts runs it
 * for `vite build` and `vite dev`). Not imported by the app itself.
 */
import { z } from "zod";
import type { WebEnv } from "./firebase-config";

/** What a build for a real Firebase project needs, from the Firebase console's web app config. */
const PROJECT_SETTINGS = [
  "VITE_FIREBASE_PROJECT_ID",
  "VITE_FIREBASE_API_KEY",
  "VITE_FIREBASE_AUTH_DOMAIN",
  "VITE_FIREBASE_APP_ID",
  // App Check's reCAPTCHA Enterprise key: every callable refuses calls without a token.
  "VITE_RECAPTCHA_ENTERPRISE_SITE_KEY",
] as const;

const setting = z.string({ error: "missing" }).trim().min(1, { error: "missing" });

const projectSchema = z.object({
  ...Object.fromEntries(PROJECT_SETTINGS.map((name) => [name, setting])),
  VITE_FIREBASE_PROJECT_ID: setting.regex(/^(?!demo-)/, {
    error: "is a demo project id, which only the emulators serve",
  }),
});

const port = z.number().int().min(1).max(65_535);
const emulatorSchema = z.object({
  VITE_EMULATORS: z
    .string()
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "is not JSON" });
        return z.NEVER;
      }
    })
    .pipe(z.object({ auth: port, firestore: port, functions: port })),
  VITE_FIREBASE_PROJECT_ID: z.string().regex(/^demo-/, { error: "must be a demo- project" }),
});

/**
 * The problems with a build's settings, one line each, naming the variable.
 * Emulator settings (VITE_EMULATORS) apply in development and tests only; a
 * production build needs the project's settings.
 */
export function webConfigProblems(env: WebEnv, mode: string): string[] {
  const emulators = typeof env.VITE_EMULATORS === "string" && env.VITE_EMULATORS !== "";
  if (emulators && mode === "production") {
    return ["VITE_EMULATORS: is for development and tests only, not a production build"];
  }
  const result = (emulators ? emulatorSchema : projectSchema).safeParse(env);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

/** The message a failed build prints. */
export function webConfigError(problems: string[], mode: string): string {
  return [
    `The web app's Firebase settings are missing or invalid (mode "${mode}"):`,
    ...problems.map((problem) => `  ${problem}`),
    "Set them in web/.env.production (or the environment) from the Firebase console's web app",
    "config: see the README, Deploying to a real Firebase project.",
  ].join("\n");
}
