import { connectFunctionsEmulator, getFunctions } from "firebase/functions";
import "./app-check";
import { app, emulatorPorts } from "./firebase-app";

/**
 * The client's invite page calls its callables on its own origin
 * (`/fn/<name>`: Hosting rewrites them to the functions, as firebase.json
 * lists; Vite's dev server proxies them to the emulator). On a phone that
 * saves a connection to another host and a CORS preflight before every
 * call, the page's first paint included. App Check starts first.
 */
const PAGE_FUNCTIONS_PATH = "/fn";

export const pageFunctions = getFunctions(app, `${window.location.origin}${PAGE_FUNCTIONS_PATH}`);

// Component tests render the page with no Hosting in front of the emulator
// (vitest.config.ts sets this for them): they call the Functions emulator directly.
if (emulatorPorts && import.meta.env.VITE_PAGE_FUNCTIONS_DIRECT === "1") {
  connectFunctionsEmulator(pageFunctions, "127.0.0.1", emulatorPorts.functions);
}
