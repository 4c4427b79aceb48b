import type { IncomingMessage } from "node:http";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
// Relative, not the package: the config loader bundles relative files only.
import { FUNCTIONS_REGION } from "../domain/src/region";
import { webConfigError, webConfigProblems } from "./src/lib/firebase-config-check";

/**
 * The client's invite page, the platform's sign-in callback and the public
 * access pages (`/p/…`, `/embed/p/…`): the light entry (invite.html).
 */
const INVITE_PAGE_PATHS = /^\/(i|connect|p|embed\/p)\//;

/**
 * Serves invite.html for the invite page's paths in `vite dev` and `vite
 * preview`, as firebase.json's Hosting rewrites do once deployed.
 */
function invitePageRoutes(): Plugin {
  const rewrite = (req: IncomingMessage, _res: unknown, next: () => void) => {
    const [pathname = "", search] = (req.url ?? "").split("?");
    if (INVITE_PAGE_PATHS.test(pathname)) req.url = `/invite.html${search ? `?${search}` : ""}`;
    next();
  };
  return {
    name: "portico-invite-page-routes",
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

/**
 * Fails the build (and the dev server) when the Firebase settings are missing
 * or wrong, naming them: a production build without them would otherwise
 * target no project. See src/lib/firebase-config-check.ts.
 */
function firebaseConfigCheck(): Plugin {
  return {
    name: "portico-firebase-config-check",
    config(config, { mode }) {
      const envDir = config.envDir || fileURLToPath(new URL(".", import.meta.url));
      const env = { ...loadEnv(mode, envDir, "VITE_"), MODE: mode };
      const problems = webConfigProblems(env, mode);
      if (problems.length > 0) throw new Error(webConfigError(problems, mode));
    },
  };
}

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/**
 * The invite page's callables on its own origin (`/fn/<name>`, see
 * src/lib/page-functions.ts): Hosting rewrites them once deployed (and on the
 * Hosting emulator); the dev server passes them to the Functions emulator.
 */
function pageFunctionsProxy(mode: string) {
  const env = loadEnv(mode, fileURLToPath(new URL(".", import.meta.url)), "VITE_");
  const ports = env.VITE_EMULATORS
    ? (JSON.parse(env.VITE_EMULATORS) as { functions?: number })
    : null;
  if (!ports?.functions) return undefined;
  const project = env.VITE_FIREBASE_PROJECT_ID || "demo-portico";
  return {
    "/fn/": {
      target: `http://127.0.0.1:${ports.functions}`,
      rewrite: (path: string) => path.replace(/^\/fn\//, `/${project}/${FUNCTIONS_REGION}/`),
    },
    // The REST API (and its OpenAPI document), as Hosting rewrites /api/v1/** to the api function.
    "/api/v1/": {
      target: `http://127.0.0.1:${ports.functions}`,
      rewrite: (path: string) => `/${project}/${FUNCTIONS_REGION}/api${path}`,
    },
  };
}

// Emulator settings (VITE_EMULATORS, VITE_FIREBASE_PROJECT_ID) are passed in by
// scripts/start.ts and scripts/test.ts (which builds with `--mode test`); they
// apply only outside production builds, which need the project's web config
// in VITE_FIREBASE_* (see README).
export default defineConfig(({ mode }) => ({
  plugins: [firebaseConfigCheck(), react(), invitePageRoutes()],
  server: { host: "127.0.0.1", strictPort: true, proxy: pageFunctionsProxy(mode) },
  preview: { host: "127.0.0.1", strictPort: true },
  build: {
    // No source maps in what Hosting serves: they would publish the app's
    // source. (firebase.json also ignores any *.map, should one appear.)
    sourcemap: false,
    target: "es2022",
    // Read by scripts/check-invite-budget.ts: which chunks invite.html loads.
    manifest: true,
    // Two pages: the agency app, and the client's invite page (its own light entry).
    rolldownOptions: { input: { index: page("index.html"), invite: page("invite.html") } },
    // The Firestore SDK alone is ~500 kB minified; it lives in the agency chunk,
    // which client-facing routes never load.
    chunkSizeWarningLimit: 700,
  },
}));
