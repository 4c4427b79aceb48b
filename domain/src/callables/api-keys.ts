import { z } from "zod";
import { apiKeyIdInputSchema, createApiKeyInputSchema } from "../api/keys";
import { defineCallable } from "./define";

/** A new API key: the key itself is in this answer only (Firestore keeps its hash). */
export const createApiKeyCallable = defineCallable({
  name: "createApiKey",
  caller: "manager",
  input: createApiKeyInputSchema,
  output: z.object({ keyId: z.string(), key: z.string() }),
});

/** Revoked at once: the next request with the key is refused. */
export const revokeApiKeyCallable = defineCallable({
  name: "revokeApiKey",
  caller: "manager",
  input: apiKeyIdInputSchema,
  output: z.object({ keyId: z.string() }),
});

export const apiKeyCallables = {
  createApiKey: createApiKeyCallable,
  revokeApiKey: revokeApiKeyCallable,
};
