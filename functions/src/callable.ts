import { fieldErrorsOf, type InvalidArgumentDetails } from "@portico/domain/validation";
import {
  type CallableFunction,
  type CallableOptions,
  type CallableRequest,
  HttpsError,
  onCall,
} from "firebase-functions/v2/https";
import type { z } from "zod";
import { SCREEN_MESSAGE, screenCallableData } from "./callableScreen";
import { logs } from "./logs";

/**
 * Validates callable input with a shared schema. Bad input is answered with
 * `invalid-argument` and a message per field, before anything is written.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
): z.output<Schema> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const details: InvalidArgumentDetails = { fields: fieldErrorsOf(result.error) };
    throw new HttpsError("invalid-argument", "Some fields need attention.", details);
  }
  return result.data;
}

export function invalidField(field: string, message: string): HttpsError {
  const details: InvalidArgumentDetails = { fields: { [field]: message } };
  return new HttpsError("invalid-argument", message, details);
}

/** Raw requests whose data was refused by the screen, answered inside the SDK's handler. */
const refusedRequests = new WeakMap<object, string>();

type Handler<Return> = (request: CallableRequest<unknown>) => Return | Promise<Return>;

/**
 * Every Portico callable: `onCall` with App Check enforced (production
 * verifies reCAPTCHA Enterprise tokens; the emulator accepts the app's local
 * unsigned token, and refuses a call without one) behind a screen of the raw
 * data, so that input
 * the SDK's decoder would choke on gets `invalid-argument`, never `internal`.
 * The refusal is thrown inside the SDK's handler, so CORS and the callable
 * protocol answer it as usual.
 */
export function callable<Return>(
  handler: Handler<Return>,
): CallableFunction<unknown, Promise<Return>>;
export function callable<Return>(
  options: CallableOptions,
  handler: Handler<Return>,
): CallableFunction<unknown, Promise<Return>>;
export function callable<Return>(
  optionsOrHandler: CallableOptions | Handler<Return>,
  maybeHandler?: Handler<Return>,
): CallableFunction<unknown, Promise<Return>> {
  const options = typeof optionsOrHandler === "function" ? {} : optionsOrHandler;
  const handler = typeof optionsOrHandler === "function" ? optionsOrHandler : maybeHandler;
  if (!handler) throw new Error("callable() needs a handler");
  const sdkFunction = onCall(
    { enforceAppCheck: true, ...options },
    async (request: CallableRequest<unknown>) => {
      const refused = refusedRequests.get(request.rawRequest);
      if (refused !== undefined) {
        const details: InvalidArgumentDetails = { fields: { _form: SCREEN_MESSAGE } };
        throw new HttpsError("invalid-argument", SCREEN_MESSAGE, details);
      }
      return handler(request);
    },
  );
  const screened = (
    req: Parameters<typeof sdkFunction>[0],
    res: Parameters<typeof sdkFunction>[1],
  ) => {
    const body: unknown = req.body;
    if (req.method === "POST" && typeof body === "object" && body !== null && "data" in body) {
      const problem = screenCallableData(body.data);
      if (problem) {
        logs.callableRefused(problem);
        refusedRequests.set(req, problem);
        req.body = { data: null };
      }
    }
    return sdkFunction(req, res);
  };
  // The SDK and the emulator read the trigger metadata (__endpoint, run, …) off the export.
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(sdkFunction))) {
    if (key === "length" || key === "name" || key === "prototype") continue;
    Object.defineProperty(screened, key, descriptor);
  }
  // Checked when the bundle is loaded under the production Node (scripts/lib/load-functions-bundle.mjs).
  Object.defineProperty(screened, "__porticoCallable", { value: true });
  return screened as unknown as CallableFunction<unknown, Promise<Return>>;
}
