import { FUNCTIONS_REGION } from "@portico/domain/config";
import { setGlobalOptions } from "firebase-functions/v2";

setGlobalOptions({ region: FUNCTIONS_REGION, maxInstances: 10 });

export { createWorkspace } from "./agency/createWorkspace";
export { signUp } from "./agency/signUp";
export { onMailQueued } from "./mail/onMailQueued";
export { retryMailDelivery } from "./mail/retryMailDelivery";
