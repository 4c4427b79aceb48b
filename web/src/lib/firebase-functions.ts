import { FUNCTIONS_REGION } from "@portico/domain/region";
import { connectFunctionsEmulator, getFunctions } from "firebase/functions";
import "./app-check";
import { app, emulatorPorts } from "./firebase-app";

/**
 * Cloud Functions in the region they deploy to; no Auth or Firestore, so the
 * client's page can use it alone. App Check starts first: callables refuse
 * calls without its token.
 */
export const functions = getFunctions(app, FUNCTIONS_REGION);

if (emulatorPorts) connectFunctionsEmulator(functions, "127.0.0.1", emulatorPorts.functions);
